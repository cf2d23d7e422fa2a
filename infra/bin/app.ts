import { CityConfigError } from '@sme/kernel';
import { App } from 'aws-cdk-lib';
import { createCityApp } from '../lib/city-app.ts';

const app = new App();
try {
  createCityApp(app);
} catch (error) {
  // A bad city file is the operator's to fix: the message names the field; a stack trace would bury it.
  if (error instanceof CityConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
app.synth();
