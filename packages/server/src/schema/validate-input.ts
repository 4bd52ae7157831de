import { getMetadataStorage, validate, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** type-graphql's settings: a missing value is not checked; GraphQL itself refuses undeclared fields. */
const options: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, whitelist: false };

/** With missing values skipped, no rule applies to an input with nothing in it (a list's empty filter). */
const nothingGiven = (input: object) => Object.values(input).every((value) => value === undefined || value === null);

type InputClass = abstract new (...args: never[]) => unknown;

/** Whether each class met so far, or a class it extends, has any class-validator rule. */
const withRules = new Map<InputClass, boolean>();

function hasRules(Class: InputClass): boolean {
  let answer = withRules.get(Class);
  if (answer === undefined) {
    answer = getMetadataStorage().getTargetValidationMetadatas(Class, '', true, false).length > 0;
    withRules.set(Class, answer);
  }
  return answer;
}

/** The longest values (as JSON) remembered as having passed, and how many sets per class. */
const longestRemembered = 256;
const rememberedPerClass = 256;

/**
 * Short inputs that passed their class's rules, by class, as JSON: the rules are functions of the
 * values alone, and a page's arguments (`first: 20`) come again with every request. The oldest
 * are let go first.
 */
const passed = new Map<InputClass, Set<string>>();

function remember(Class: InputClass, values: string): void {
  let known = passed.get(Class);
  if (!known) passed.set(Class, (known = new Set()));
  if (known.size >= rememberedPerClass) known.delete(known.values().next().value!);
  known.add(values);
}

/**
 * Checks an argument against its class's class-validator rules, as type-graphql does, without
 * what type-graphql spends on every argument of every request: it imports class-validator anew
 * each time (`await import`) and validates inputs no rule can apply to (an empty filter, a class
 * without rules: class-validator looks through every class's rules to find that out) or that
 * passed the same rules with the same values before.
 */
export async function validateInput(argument: unknown): Promise<void> {
  if (argument === null || typeof argument !== 'object') return;
  for (const input of Array.isArray(argument) ? (argument as unknown[]) : [argument]) {
    if (input === null || typeof input !== 'object') continue;
    const Class = input.constructor as InputClass;
    if (!hasRules(Class) || nothingGiven(input)) continue;
    const values = JSON.stringify(input);
    const short = values.length <= longestRemembered;
    if (short && passed.get(Class)?.has(values)) continue;
    const errors = await validate(input, options);
    if (errors.length) throw new ArgumentValidationError(errors);
    if (short) remember(Class, values);
  }
}
