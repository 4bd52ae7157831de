import type { PersonKey } from './accounts.js';
import type { OrgKey, Sector } from './organisations.js';

/** The board's term (fictional dates; seed.txt only says the general meeting elects 13 members). */
export const BOARD_TERM = { start: '2023-04-27', end: '2027-04-26' } as const;

export type DemoBoardSeat = { seat: number; person: PersonKey; organisation: OrgKey; sector: Sector };

/**
 * The 13-member board: 5 NGO, 4 business and 4 public seats, so no interest group holds
 * 49 % or more of the votes (the largest, NGO, holds 5/13 ≈ 38 %).
 */
export const BOARD: readonly DemoBoardSeat[] = [
  { seat: 1, person: 'aldona', organisation: 'pastrevio-kaimo-bendruomene', sector: 'NGO' },
  { seat: 2, person: 'vida', organisation: 'semeliskiu-bendruomene', sector: 'NGO' },
  { seat: 3, person: 'algirdas', organisation: 'kazokiskiu-bendruomene', sector: 'NGO' },
  { seat: 4, person: 'inga', organisation: 'beizioniu-kaimo-bendruomene', sector: 'NGO' },
  { seat: 5, person: 'rimantas', organisation: 'semeliskiu-amatininku-draugija', sector: 'NGO' },
  { seat: 6, person: 'lina', organisation: 'uab-vievio-duonele', sector: 'BUSINESS' },
  { seat: 7, person: 'darius', organisation: 'zub-semeliskiu-pienas', sector: 'BUSINESS' },
  { seat: 8, person: 'egle', organisation: 'ii-azuolu-pavesis', sector: 'BUSINESS' },
  { seat: 9, person: 'kestutis', organisation: 'ukis-giluciu-medus', sector: 'BUSINESS' },
  { seat: 10, person: 'audrone', organisation: 'elektrenu-savivaldybes-administracija', sector: 'PUBLIC' },
  { seat: 11, person: 'tadas', organisation: 'kietaviskiu-gimnazija', sector: 'PUBLIC' },
  { seat: 12, person: 'jurgita', organisation: 'vievio-kulturos-centras', sector: 'PUBLIC' },
  { seat: 13, person: 'paulius', organisation: 'elektrenu-kulturos-centras', sector: 'PUBLIC' },
];
