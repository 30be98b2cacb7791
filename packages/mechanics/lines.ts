/**
 * Receipt lines checked and turned into exact cents once, so every later step works on bigints.
 */
import { centsFloor, decimalPlaces, pow10, type Scaled, scaledFromDecimal } from './exact';
import type { ReceiptLine } from './receipt-input';

export interface PreparedLine {
  /** Position in the receipt (not the line number). */
  index: number;
  lineNo: number;
  sku: string;
  categoryPath: readonly string[];
  brand: string | null;
  source: ReceiptLine;
  quantity: Scaled;
  /** Whole units (N_FOR_M counts these). */
  units: bigint;
  /** price × quantity, rounded down to the cent (the ledger's line amount). */
  gross: bigint;
  /** The register's discount, cents. */
  register: bigint;
}

/** Validates the lines and converts them to cents; throws a RangeError naming the line on bad input. */
export function prepareLines(lines: readonly ReceiptLine[]): PreparedLine[] {
  return lines.map((line, index) => {
    const where = `line ${line.lineNo}`;
    if (!line.quantity.gt(0)) throw new RangeError(`${where}: the quantity must be positive`);
    if (line.price.isNegative() || line.registerDiscount.isNegative()) throw new RangeError(`${where}: amounts are never negative`);
    const price = scaledFromDecimal(line.price);
    const quantity = scaledFromDecimal(line.quantity);
    const registerScaled = scaledFromDecimal(line.registerDiscount);
    if (decimalPlaces(registerScaled) > 2) throw new RangeError(`${where}: the register discount is money (at most 2 decimals)`);
    const gross = (price.n * quantity.n * 100n) / pow10(price.s + quantity.s);
    const register = centsFloor(registerScaled);
    if (register > gross) throw new RangeError(`${where}: the register discount exceeds the line amount`);
    return {
      index,
      lineNo: line.lineNo,
      sku: line.sku,
      categoryPath: line.categoryPath,
      brand: line.brand,
      source: line,
      quantity,
      units: quantity.n / pow10(quantity.s),
      gross,
      register,
    };
  });
}
