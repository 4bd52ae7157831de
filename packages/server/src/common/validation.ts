import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The length of a text without the white space around it, which is trimmed before it is stored:
 * a reason of three spaces is no reason. Reported as `LENGTH`, like class-validator's `Length`.
 */
export function TrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  const within = (value: unknown) =>
    typeof value === 'string' && value.trim().length >= min && value.trim().length <= max;
  return ValidateBy(
    {
      name: 'trimmedLength',
      constraints: [min, max],
      validator: { validate: within, defaultMessage: () => `must be ${min} to ${max} characters long` },
    },
    options,
  );
}
