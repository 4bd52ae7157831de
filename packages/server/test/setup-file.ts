import 'reflect-metadata';
import { afterAll } from 'vitest';
import { runAfterFile } from './after-file.js';

// Registered before the file's own hooks, so it runs after them (vitest runs `afterAll` in stack order).
afterAll(runAfterFile);
