import { manifests, openApiDocument } from '@sme/catalog';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Every answer an end-to-end test receives, checked against /openapi.json: the status must be declared for
 * the operation and a JSON body must match the declared schema. So the document partners generate clients
 * from is exercised by every e2e run, not only by the tests that use the typed client.
 */

type Json = Record<string, unknown>;
type Operation = {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Json }> }>;
};

const document = openApiDocument(manifests, { title: 'contract', version: 'test' }) as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: Json & { responses: Record<string, { content?: Record<string, { schema?: Json }> }> };
};

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
addFormats.default(ajv);
// The document is one schema resource so that `#/components/schemas/…` references resolve inside it.
ajv.addSchema({ $id: 'openapi', components: document.components }, 'openapi');

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  literal: template.replace(/\{[^}]+\}/g, '').length,
}));

/** The operation a request hit: the most literal template matching the path (as API Gateway routes). */
function operationOf(method: string, path: string): { template: string; op: Operation } | undefined {
  const matches = templates
    .filter((t) => t.pattern.test(path))
    .sort((a, b) => b.literal - a.literal)
    .flatMap((t) => {
      const op = document.paths[t.template]?.[method.toLowerCase()];
      return op ? [{ template: t.template, op }] : [];
    });
  return matches[0];
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: Json): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    // Rewrite local references into the registered resource.
    const rebased = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
    validate = ajv.compile(rebased);
    validators.set(key, validate);
  }
  return validate;
}

/**
 * What is wrong with this answer against the document, or undefined when it conforms. The body text is read
 * from a clone, so the caller's response is untouched.
 */
export async function contractViolation(
  method: string,
  url: string,
  response: Response,
): Promise<string | undefined> {
  const raw = new URL(url).pathname;
  let path = raw;
  try {
    path = decodeURI(raw);
  } catch {
    // A malformed escape (a test of `%ZZ`) is matched as sent.
  }
  const found = operationOf(method, path);
  // No route: the gateway's own 404 (405 where the path exists with other methods).
  if (!found)
    return [404, 405].includes(response.status)
      ? undefined
      : `${method} ${path}: no operation in the document`;
  const { template, op } = found;
  // A request line or headers too large for the gateway never reach a route.
  if (response.status === 431 || response.status === 414) return undefined;
  const declared = op.responses[String(response.status)] ?? op.responses.default;
  // The gateway's own answers (401 without a key, 403 for a denied key, 429) are shared responses.
  if (!declared)
    return `${method} ${template} answered ${response.status}, which the document does not declare`;
  const resolved = declared.$ref
    ? document.components.responses[declared.$ref.replace('#/components/responses/', '')]
    : declared;
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (response.status === 204 || response.status === 304 || !mediaType) return undefined;
  const content = resolved?.content?.[mediaType];
  if (!content)
    return `${method} ${template} ${response.status}: media type ${mediaType} not declared (${Object.keys(resolved?.content ?? {}).join(', ') || 'none'})`;
  if (!mediaType.endsWith('json') || !content.schema) return undefined;
  const body = await response.clone().json();
  const validate = validatorFor(`${method} ${template} ${response.status} ${mediaType}`, content.schema);
  if (validate(body)) return undefined;
  const first = validate.errors?.[0];
  return `${method} ${template} ${response.status}: body${first?.instancePath ?? ''} ${first?.message ?? 'invalid'} (${JSON.stringify(first?.params ?? {})})`;
}
