import { BOARD, BOARD_TERM } from './board.js';
import { ids, type DemoRows } from './row-context.js';

/** The board's seats for its current term. */
export function boardRows(): DemoRows {
  const seats = BOARD.map((seat) => ({
    id: ids.boardSeat(seat.seat),
    seat_number: seat.seat,
    user_id: ids.user(seat.person),
    organisation_id: ids.organisation(seat.organisation),
    sector: seat.sector,
    term_start: BOARD_TERM.start,
    term_end: BOARD_TERM.end,
  }));
  return [['board_seat', seats]];
}
