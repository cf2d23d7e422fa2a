/**
 * A city stack as CloudFormation receives it: the parent template and one template per nested stack.
 * Checks that read templates flatten them into one, with every cross-stack reference followed to the
 * resource it ends at, so a grant on another service's table is seen as a grant on that table.
 */
export interface TemplateJson {
  Parameters?: Record<string, unknown>;
  Resources?: Record<string, TemplateResource>;
  Outputs?: Record<string, { Value: unknown }>;
}
export interface TemplateResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  DeletionPolicy?: string;
  [key: string]: unknown;
}

/** The parent template, and each nested template under the logical id of its AWS::CloudFormation::Stack. */
export interface CityTemplates {
  parent: TemplateJson;
  nested: Record<string, TemplateJson>;
}

const nestedStackType = 'AWS::CloudFormation::Stack';

interface Context {
  json: TemplateJson;
  /** Prefix of this template's resources in the flattened template: `''` for the parent, `<stack id>/` else. */
  prefix: string;
  /** Logical id of the nested stack in the parent; undefined for the parent itself. */
  stackId?: string;
}

/** Why a reference cannot be followed: a template the deploy would reject as well. */
class UnresolvedReference extends Error {}

/**
 * One template holding every resource of the parent and the nested stacks. Nested resources are renamed
 * `<nested stack logical id>/<logical id>`; a `Ref` to a nested stack's parameter becomes the value the
 * parent passes, and a parent's `Fn::GetAtt [stack, Outputs.X]` becomes the output's value, recursively.
 * The AWS::CloudFormation::Stack resources themselves are left out. Throws on a parameter the parent does
 * not pass or an output the nested stack does not have.
 */
export function flattenTemplates(templates: CityTemplates): TemplateJson {
  const parent: Context = { json: templates.parent, prefix: '' };
  const contexts = new Map<string, Context>(
    Object.entries(templates.nested).map(([stackId, json]) => [
      stackId,
      { json, prefix: `${stackId}/`, stackId },
    ]),
  );
  for (const [id, resource] of Object.entries(parent.json.Resources ?? {})) {
    if (resource.Type === nestedStackType && !contexts.has(id))
      throw new UnresolvedReference(`nested stack ${id}: template not given`);
  }

  const resolve = (value: unknown, ctx: Context): unknown => {
    if (Array.isArray(value)) return value.map((v) => resolve(v, ctx));
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.length === 1 && typeof object.Ref === 'string') return resolveRef(object.Ref, ctx);
    const att = object['Fn::GetAtt'];
    if (keys.length === 1 && Array.isArray(att) && typeof att[0] === 'string' && typeof att[1] === 'string')
      return resolveGetAtt(att[0], att[1], ctx);
    return Object.fromEntries(keys.map((k) => [k, resolve(object[k], ctx)]));
  };

  const resolveRef = (name: string, ctx: Context): unknown => {
    if (ctx.json.Resources?.[name]) return { Ref: `${ctx.prefix}${name}` };
    if (ctx.stackId !== undefined && ctx.json.Parameters?.[name] !== undefined) {
      const passed = (
        parent.json.Resources?.[ctx.stackId]?.Properties?.Parameters as Record<string, unknown>
      )?.[name];
      if (passed === undefined)
        throw new UnresolvedReference(`nested stack ${ctx.stackId}: parameter ${name} not passed`);
      return resolve(passed, parent);
    }
    return { Ref: name };
  };

  const resolveGetAtt = (id: string, attribute: string, ctx: Context): unknown => {
    const nested = ctx === parent ? contexts.get(id) : undefined;
    if (nested && attribute.startsWith('Outputs.')) {
      const output = nested.json.Outputs?.[attribute.slice('Outputs.'.length)];
      if (!output) throw new UnresolvedReference(`nested stack ${id}: no output ${attribute}`);
      return resolve(output.Value, nested);
    }
    return { 'Fn::GetAtt': [`${ctx.prefix}${id}`, attribute] };
  };

  const resources: Record<string, TemplateResource> = {};
  for (const ctx of [parent, ...contexts.values()]) {
    for (const [id, resource] of Object.entries(ctx.json.Resources ?? {})) {
      if (resource.Type === nestedStackType) continue;
      const dependsOn = resource.DependsOn === undefined ? [] : [resource.DependsOn].flat();
      resources[`${ctx.prefix}${id}`] = {
        ...resource,
        Properties: resolve(resource.Properties ?? {}, ctx) as Record<string, unknown>,
        // A dependency on a nested stack is an ordering between stacks, not a resource of the flat template.
        DependsOn: dependsOn
          .filter((d) => ctx.json.Resources?.[d]?.Type !== nestedStackType)
          .map((d) => `${ctx.prefix}${d}`),
      };
    }
  }
  return { Resources: resources };
}
