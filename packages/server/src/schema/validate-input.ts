import { validate, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's settings: a missing value is not checked; GraphQL itself refuses undeclared fields. */
const options: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, whitelist: false };

/** With missing values skipped, no rule applies to an input with nothing in it (a list's empty filter). */
const nothingGiven = (input: object) => Object.values(input).every((value) => value === undefined || value === null);

/**
 * Checks an argument against its class's class-validator rules, as type-graphql does, without
 * what type-graphql spends on every argument of every request: it imports class-validator anew
 * each time (`await import`) and validates inputs no rule can apply to.
 */
export async function validateInput(argument: unknown): Promise<void> {
  if (argument === null || typeof argument !== 'object') return;
  for (const input of Array.isArray(argument) ? (argument as unknown[]) : [argument]) {
    if (input === null || typeof input !== 'object' || nothingGiven(input)) continue;
    const errors = await validate(input, options);
    if (errors.length) throw new ArgumentValidationError(errors);
  }
}
