import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { CallAnnex } from '../calls/call.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Application } from './application.entity.js';

/** A file given to an application: for one of its call's annexes, or as an extra document. */
@Entity({ tableName: 'application_annex' })
export class ApplicationAnnex {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Application, { ref: false })
  application!: Application;

  /** The call's annex it answers; null for an extra document. */
  @ManyToOne(() => CallAnnex, { ref: false, nullable: true })
  callAnnex?: CallAnnex | null;

  @ManyToOne(() => StoredFile, { ref: false })
  file!: StoredFile;

  @ManyToOne(() => User, { ref: false, nullable: true })
  uploadedBy?: User | null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
