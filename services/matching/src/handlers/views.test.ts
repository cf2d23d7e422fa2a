import { describe, expect, it } from 'vitest';
import { declared } from '../domain/declaration.fixture.ts';
import { declarationListView, maskPhone } from './views.ts';

describe('Function: maskPhone', () => {
  it('keeps the first three and last four digits of a mobile, the last four of a landline', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('0818-2345678')).toBe('********5678');
  });
});

describe('Function: declarationListView', () => {
  it("masks the financing contact's phone in lists, and leaves a declaration without contact as it is", () => {
    const listed = declarationListView(declared({ contact: { name: '李娜', phone: '13912345678' } }));
    expect(listed.contact).toEqual({ name: '李娜', phone: '139****5678' });
    expect('contact' in declarationListView(declared())).toBe(false);
  });
});
