import { createHash } from 'node:crypto';

/** The fixed namespace of every id the seeds derive (a random UUID, chosen once). */
const NAMESPACE = Buffer.from('3c0f9a5e7b6d4e21a8f0d2c4b6e8a1f3', 'hex');

/**
 * A stable UUID (version 5 layout: SHA-1 of namespace and name) for the seed row `key` of
 * `kind`, so a second run of a seed finds the rows of the first and inserts nothing.
 */
export function seedId(kind: string, key: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(`${kind}\u0000${key}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
