import path from 'node:path';
import { repositoryRoot } from '../config.js';

export const schemaFile = path.join(repositoryRoot, 'packages/schema/schema.graphql');
