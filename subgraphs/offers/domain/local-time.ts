/**
 * Local wall-clock times (`YYYY-MM-DDTHH:MM`, no zone): an offer's period means the same clock
 * reading in every store. PostgreSQL keeps them as `timestamp without time zone`, which Prisma
 * hands over as a Date whose UTC fields are the wall clock; these convert between the two.
 */

/** The wall clock as PostgreSQL's `timestamp` column holds it. */
export function localToColumn(text: string): Date {
  return new Date(`${text}:00.000Z`);
}

export function columnToLocal(value: Date): string {
  return value.toISOString().slice(0, 16);
}
