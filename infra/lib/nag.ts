import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

/**
 * Registers the AWS Solutions and Serverless packs as synth-time validations: any finding that is not
 * acknowledged (with its reason, beside the construct that needs it) fails `cdk synth` and
 * `Template.fromStack` with ValidationFailed.
 */
export function addNagPacks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
}
