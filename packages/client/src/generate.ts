import { manifests, openApiDocument } from '@sme/catalog';
import openapiTS, { astToString } from 'openapi-typescript';

export const generatedSchemaPath = new URL('./schema.generated.ts', import.meta.url).pathname;

const header = `/**
 * Generated from the platform's OpenAPI document by openapi-typescript: do not edit.
 * Regenerate: ./dev pnpm --filter @sme/client generate
 */
`;

/** The TypeScript types of every path, operation and component of the document the manifests describe. */
export async function generateSchemaTypes(): Promise<string> {
  const document = openApiDocument(manifests, { title: 'SME financing platform', version: '1' });
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return header + astToString(ast);
}
