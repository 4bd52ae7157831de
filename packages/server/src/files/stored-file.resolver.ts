import { FieldResolver, Resolver, Root } from 'type-graphql';
import { StoredFile, type StoredFileView } from './stored-file.entity.js';

/** Where a file is downloaded: its id, then its name, which browsers save it under. */
export function fileUrl(file: Pick<StoredFileView, 'id' | 'name'>): string {
  return `/files/${file.id}/${encodeURIComponent(file.name)}`;
}

@Resolver(() => StoredFile)
export class StoredFileResolver {
  @FieldResolver(() => String, {
    description: 'Where to download it (a path on this server); only those who may see the record it belongs to can.',
  })
  url(@Root() file: StoredFileView): string {
    return fileUrl(file);
  }
}
