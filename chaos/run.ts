import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import type { DocumentNode } from 'graphql';
import pg from 'pg';
import {
  AccrueBonusesDocument,
  CalculateManualOperationDocument,
  CalculatePurchaseDocument,
  CalculateRefundDocument,
  CancelManualOperationDocument,
  CancelPurchaseDocument,
  CancelRefundDocument,
  ConfirmManualOperationDocument,
  ConfirmPurchaseDocument,
  ConfirmRefundDocument,
  CreatePointOfSaleDocument,
  CreatePosTerminalDocument,
  LoginOperatorDocument,
  LoginTerminalDocument,
  MemberBalanceDocument,
  RegisterMemberDocument,
  UpdateProgramRulesDocument,
} from '../tests/e2e/__generated__/operations';
import { ChaosClient, type Random, seededRandom } from './client';
import { CHAOS_ADMIN, type ChaosPlatform, startChaosPlatform } from './platform';

export interface ChaosOptions {
  seed: number;
  /** Calls to make (each phase of an operation is one). */
  operations: number;
  terminals: number;
  members: number;
  /** Ledger SIGKILLs, spread over the run. */
  kills: number;
  pgRestarts: number;
  /** Test-only: the ledger ignores idempotency keys, and the checker must see it. */
  unsafeNoIdempotency?: boolean;
}

export interface ChaosReport {
  seed: number;
  attempted: number;
  applied: number;
  refused: number;
  retried: number;
  duplicatesSent: number;
  killsSurvived: number;
  killsInFlight: number;
  pgRestarts: number;
  violations: string[];
}

/** What the client knows a member's money did, from the answers it got: the reference model. */
class ReferenceModel {
  private readonly members = new Map<string, { active: Decimal; deducted: Decimal }>();

  apply(memberId: string, change: { active?: Decimal.Value; deducted?: Decimal.Value }) {
    const current = this.members.get(memberId) ?? { active: new Decimal(0), deducted: new Decimal(0) };
    this.members.set(memberId, { active: current.active.plus(change.active ?? 0), deducted: current.deducted.plus(change.deducted ?? 0) });
  }

  expected(memberId: string) {
    return this.members.get(memberId) ?? { active: new Decimal(0), deducted: new Decimal(0) };
  }
}

const codes = (answer: { errors: Array<{ code: string }> }) => answer.errors.map((e) => e.code).join(',');

/**
 * One seeded fault run: terminals drive purchases, returns and manual operations (and operators
 * manual accruals) through the gateway with retries, random timeouts and duplicate sends, while the
 * ledger is SIGKILLed and restarted and PostgreSQL restarted. Then everything is checked against the
 * reference model built from the answers alone.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const random = seededRandom(options.seed);
  const platform = await startChaosPlatform({ unsafeNoIdempotency: options.unsafeNoIdempotency });
  const client = new ChaosClient(platform.url, random);
  const model = new ReferenceModel();
  const report: ChaosReport = {
    seed: options.seed,
    attempted: 0,
    applied: 0,
    refused: 0,
    retried: 0,
    duplicatesSent: 0,
    killsSurvived: 0,
    killsInFlight: 0,
    pgRestarts: 0,
    violations: [],
  };
  try {
    const setup = await setUp(client, options);
    for (const memberId of setup.members.map((m) => m.id)) model.apply(memberId, { active: 100 });
    let calls = 0;
    let inFlight = 0;
    const replayable: Array<{ document: unknown; variables: unknown; token: string; first: string }> = [];
    const confirmedPurchases: Array<{ id: string; memberId: string }> = [];
    const call = async <R, V>(document: DocumentNode, variables: V, token: string): Promise<R> => {
      calls++;
      inFlight++;
      try {
        // biome-ignore lint/suspicious/noExplicitAny: one call helper for every generated document.
        const answer = (await client.call(document as any, variables as any, token, (a: unknown) => identify(a))) as R;
        if (random.chance(0.1)) replayable.push({ document, variables, token, first: identify(answer) });
        if (codes(Object.values(answer as object)[0] as { errors: Array<{ code: string }> })) report.refused++;
        return answer;
      } finally {
        inFlight--;
      }
    };
    const scenarios = { purchase, refund, manual, operatorAccrual };
    const worker = async (token: string) => {
      while (calls < options.operations) {
        const kind = pickScenario(random, confirmedPurchases.length > 0);
        await scenarios[kind]({ call, random, token, adminToken: setup.adminToken, members: setup.members, confirmedPurchases, model, report });
      }
    };
    const faults = injectFaults(
      platform,
      options,
      () => calls / options.operations,
      () => inFlight,
      report,
      random,
    );
    await Promise.all(setup.terminals.map(worker));
    await faults;
    if (!platform.ledgerUp) await platform.startLedger();
    report.violations.push(...client.disagreements);
    report.violations.push(...(await check(platform, client, setup, model)));
    // A replay of a key, once everything has settled, still answers with the first result.
    for (const call of replayable) {
      // biome-ignore lint/suspicious/noExplicitAny: one call helper for every generated document.
      const again = identify(await client.call(call.document as any, call.variables as any, call.token, identify, true));
      if (again !== call.first) report.violations.push(`a replayed key answered ${again}, first ${call.first}`);
    }
  } catch (error) {
    // A platform that stops answering (a process that died, say) is a finding, not a crash of the run.
    report.violations.push(`the run could not finish: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    report.attempted = client.stats.attempts;
    report.retried = client.stats.retries;
    report.duplicatesSent = client.stats.duplicates;
    await platform.stop();
  }
  return report;
}

/** The result a call names (for comparing copies and replays): its object's id, or its refusal. */
function identify(answer: unknown): string {
  const payload = Object.values(answer as object)[0] as Record<string, unknown> & { errors: Array<{ code: string }> };
  const result = Object.entries(payload).find(([key, value]) => key !== 'errors' && value && typeof value === 'object' && 'id' in value);
  return result ? `${result[0]}:${(result[1] as { id: string }).id}` : `refused:${codes(payload)}`;
}

function pickScenario(random: Random, canReturn: boolean): 'purchase' | 'refund' | 'manual' | 'operatorAccrual' {
  const roll = random.next();
  if (roll < 0.5) return 'purchase';
  if (roll < 0.7 && canReturn) return 'refund';
  if (roll < 0.9) return 'manual';
  return 'operatorAccrual';
}

interface ScenarioContext {
  call: <R, V>(document: never, variables: V, token: string) => Promise<R>;
  random: Random;
  token: string;
  adminToken: string;
  members: Array<{ id: string; card: string }>;
  confirmedPurchases: Array<{ id: string; memberId: string }>;
  model: ReferenceModel;
  report: ChaosReport;
}

type Call = <R, V>(document: unknown, variables: V, token: string) => Promise<R>;

async function purchase(context: ScenarioContext) {
  const { random, token, model, report } = context;
  const call = context.call as unknown as Call;
  const member = random.pick(context.members);
  const lines = Array.from({ length: random.between(1, 3) }, (_, i) => ({
    product: `p${i}`,
    price: (random.between(100, 3000) / 100).toFixed(2),
    quantity: String(random.between(1, 3)),
  }));
  const payWithBonuses = random.chance(0.5) ? String(random.between(1, 10)) : '0';
  const calculated = await call<{ calculatePurchase: PurchaseAnswer }, unknown>(
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber: member.card, lines, payWithBonuses } },
    token,
  );
  const id = calculated.calculatePurchase.purchase?.id;
  if (!id) return;
  if (random.chance(0.85)) {
    const confirmed = await call<{ confirmPurchase: PurchaseAnswer }, unknown>(
      ConfirmPurchaseDocument,
      { input: { idempotencyKey: randomUUID(), purchaseId: id } },
      token,
    );
    const done = confirmed.confirmPurchase.purchase;
    if (done?.state === 'CONFIRMED') {
      model.apply(member.id, { active: new Decimal(done.accrual).minus(done.bonusPayment), deducted: done.bonusPayment });
      context.confirmedPurchases.push({ id, memberId: member.id });
      report.applied++;
      return;
    }
  }
  await call(CancelPurchaseDocument, { input: { idempotencyKey: randomUUID(), purchaseId: id } }, token);
}

async function refund(context: ScenarioContext) {
  const { random, token, model, report } = context;
  const call = context.call as unknown as Call;
  const bought = random.pick(context.confirmedPurchases);
  const lines = random.chance(0.5) ? null : [{ lineNo: 1, quantity: '1' }];
  const calculated = await call<{ calculateRefund: RefundAnswer }, unknown>(
    CalculateRefundDocument,
    { input: { idempotencyKey: randomUUID(), purchaseId: bought.id, lines } },
    token,
  );
  const id = calculated.calculateRefund.refund?.id;
  if (!id) return;
  if (random.chance(0.85)) {
    const confirmed = await call<{ confirmRefund: RefundAnswer }, unknown>(
      ConfirmRefundDocument,
      { input: { idempotencyKey: randomUUID(), refundId: id } },
      token,
    );
    const done = confirmed.confirmRefund.refund;
    if (done?.state === 'CONFIRMED') {
      const taken = new Decimal(done.accrualTakenBack).plus(done.accrualOwed);
      model.apply(bought.memberId, { active: new Decimal(done.bonusReturned).minus(taken), deducted: new Decimal(done.bonusReturned).negated() });
      report.applied++;
      return;
    }
  }
  await call(CancelRefundDocument, { input: { idempotencyKey: randomUUID(), refundId: id } }, token);
}

async function manual(context: ScenarioContext) {
  const { random, token, model, report } = context;
  const call = context.call as unknown as Call;
  const member = random.pick(context.members);
  const kind = random.chance(0.6) ? ('ACCRUAL' as const) : ('DEDUCTION' as const);
  const amount = String(random.between(1, kind === 'ACCRUAL' ? 20 : 10));
  const calculated = await call<{ calculateManualOperation: ManualAnswer }, unknown>(
    CalculateManualOperationDocument,
    { input: { idempotencyKey: randomUUID(), cardNumber: member.card, kind, amount, reason: 'chaos' } },
    token,
  );
  const id = calculated.calculateManualOperation.manualOperation?.id;
  if (!id) return;
  if (random.chance(0.85)) {
    const confirmed = await call<{ confirmManualOperation: ManualAnswer }, unknown>(
      ConfirmManualOperationDocument,
      { input: { idempotencyKey: randomUUID(), manualOperationId: id } },
      token,
    );
    if (confirmed.confirmManualOperation.manualOperation?.state === 'CONFIRMED') {
      model.apply(member.id, { active: kind === 'ACCRUAL' ? amount : new Decimal(amount).negated() });
      report.applied++;
      return;
    }
  }
  await call(CancelManualOperationDocument, { input: { idempotencyKey: randomUUID(), manualOperationId: id } }, token);
}

async function operatorAccrual(context: ScenarioContext) {
  const { random, model, report } = context;
  const call = context.call as unknown as Call;
  const member = random.pick(context.members);
  const amount = String(random.between(1, 20));
  const answer = await call<{ accrueBonuses: { operation: { id: string } | null } }, unknown>(
    AccrueBonusesDocument,
    { input: { idempotencyKey: randomUUID(), memberId: member.id, amount, reason: 'chaos' } },
    context.adminToken,
  );
  if (answer.accrueBonuses.operation) {
    model.apply(member.id, { active: amount });
    report.applied++;
  }
}

type PurchaseAnswer = { purchase: { id: string; state: string; bonusPayment: string; accrual: string } | null; errors: Array<{ code: string }> };
type RefundAnswer = {
  refund: { id: string; state: string; bonusReturned: string; accrualTakenBack: string; accrualOwed: string } | null;
  errors: Array<{ code: string }>;
};
type ManualAnswer = { manualOperation: { id: string; state: string } | null; errors: Array<{ code: string }> };

/** Kills and restarts at evenly spread points of the run's progress, so every seed gets them all. */
async function injectFaults(
  platform: ChaosPlatform,
  options: ChaosOptions,
  progress: () => number,
  inFlight: () => number,
  report: ChaosReport,
  random: Random,
): Promise<void> {
  const schedule = [
    ...Array.from({ length: options.kills }, (_, i) => ({ at: (i + 1) / (options.kills + 1), kind: 'kill' as const })),
    ...Array.from({ length: options.pgRestarts }, (_, i) => ({ at: (i + 0.5) / (options.pgRestarts + 0.5), kind: 'postgres' as const })),
  ].sort((a, b) => a.at - b.at);
  for (const fault of schedule) {
    while (progress() < fault.at) await new Promise((resolve) => setTimeout(resolve, 20));
    if (fault.kind === 'kill') {
      // Wait (briefly) for calls in flight, so the kill lands inside open work.
      for (let i = 0; i < 50 && inFlight() < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      if (inFlight() > 0) report.killsInFlight++;
      await platform.killLedger();
      await new Promise((resolve) => setTimeout(resolve, random.between(100, 600)));
      await platform.startLedger();
      report.killsSurvived++;
    } else {
      await platform.restartPostgres(random.between(200, 600));
      report.pgRestarts++;
    }
  }
}

async function setUp(client: ChaosClient, options: ChaosOptions) {
  const ask = <R, V>(document: DocumentNode, variables: V, token?: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: one call helper for every generated document.
    client.call(document as any, variables as any, token, () => 'setup', true) as Promise<R>;
  const login = await ask<{ loginOperator: { token: string | null } }, unknown>(LoginOperatorDocument, {
    input: { email: CHAOS_ADMIN.adminEmail, password: CHAOS_ADMIN.adminPassword },
  });
  const adminToken = login.loginOperator.token as string;
  await ask(
    UpdateProgramRulesDocument,
    { input: { baseAccrualPercent: '10', maxPaymentShare: '0.5', activationDelayDays: 0, lifetimeDays: null } },
    adminToken,
  );
  const terminals: string[] = [];
  for (let i = 0; i < options.terminals; i++) {
    const pos = await ask<{ createPointOfSale: { pointOfSale: { id: string } | null } }, unknown>(
      CreatePointOfSaleDocument,
      { input: { name: `Store ${i}`, returnPolicy: i % 2 ? 'FORGIVE' : 'WRITE_OFF_TO_NEGATIVE' } },
      adminToken,
    );
    const created = await ask<{ createPosTerminal: { terminal: { id: string } | null; secret: string | null } }, unknown>(
      CreatePosTerminalDocument,
      { input: { pointOfSaleId: pos.createPointOfSale.pointOfSale?.id, name: 'Till' } },
      adminToken,
    );
    const signedIn = await ask<{ loginTerminal: { token: string | null } }, unknown>(LoginTerminalDocument, {
      input: { terminalId: created.createPosTerminal.terminal?.id, secret: created.createPosTerminal.secret },
    });
    terminals.push(signedIn.loginTerminal.token as string);
  }
  const members: Array<{ id: string; card: string }> = [];
  for (let i = 0; i < options.members; i++) {
    const phone = `+4917${String(options.seed % 1000).padStart(3, '0')}${String(i).padStart(5, '0')}`;
    const registered = await ask<{ registerMember: { member: { id: string; cards: Array<{ number: string }> } | null } }, unknown>(
      RegisterMemberDocument,
      { input: { channel: 'CONTACT_CENTER', phone, firstName: 'Chaos', lastName: `M${i}` } },
      adminToken,
    );
    const member = registered.registerMember.member as { id: string; cards: Array<{ number: string }> };
    members.push({ id: member.id, card: member.cards[0]?.number as string });
    await ask(AccrueBonusesDocument, { input: { idempotencyKey: `start-${member.id}`, memberId: member.id, amount: '100' } }, adminToken);
  }
  return { adminToken, terminals, members };
}

/** The invariants, after the run, with the platform whole again. */
async function check(platform: ChaosPlatform, client: ChaosClient, setup: Awaited<ReturnType<typeof setUp>>, model: ReferenceModel): Promise<string[]> {
  const violations: string[] = [];
  const sql = new pg.Client({ connectionString: platform.databaseUrl });
  await sql.connect();
  try {
    // Every hold confirmed or cancelled: nothing the run left pending (each scenario ends with one or the other).
    for (const table of ['purchases', 'purchase_refunds', 'manual_operations']) {
      const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM ledger.${table} WHERE state = 'PENDING'`);
      if (Number(rows[0]?.n) > 0) violations.push(`${rows[0]?.n} ${table} left PENDING (a hold neither confirmed nor cancelled)`);
    }
    // Every confirmed purchase applied exactly once; nothing of a cancelled one.
    const { rows: purchases } = await sql.query<{ id: string; state: string; bonus_payment: string; accrual: string; payments: string; accruals: string }>(`
      SELECT p.id, p.state::text AS state, p.bonus_payment, p.accrual,
             (SELECT count(*) FROM ledger.operations o WHERE o.purchase_id = p.id AND o.origin = 'PURCHASE' AND o.kind = 'PAYMENT') AS payments,
             (SELECT count(*) FROM ledger.operations o WHERE o.purchase_id = p.id AND o.origin = 'PURCHASE' AND o.kind = 'ACCRUAL') AS accruals
        FROM ledger.purchases p`);
    for (const p of purchases) {
      const wantPayments = p.state === 'CONFIRMED' && Number(p.bonus_payment) > 0 ? 1 : 0;
      const wantAccruals = p.state === 'CONFIRMED' && Number(p.accrual) > 0 ? 1 : 0;
      if (Number(p.payments) !== wantPayments || Number(p.accruals) !== wantAccruals) {
        violations.push(`purchase ${p.id} (${p.state}) has ${p.payments} payments and ${p.accruals} accruals`);
      }
    }
    // Balances and figures equal the model; nothing below zero but recorded debts.
    for (const member of setup.members) {
      const answer = await client.call(MemberBalanceDocument, { id: member.id, asOf: null }, setup.adminToken, () => 'balance', true);
      const balance = answer.member?.balance;
      const want = model.expected(member.id);
      if (!balance) {
        violations.push(`member ${member.id}: no balance`);
        continue;
      }
      const [active, deducted, debt] = [new Decimal(balance.active), new Decimal(balance.totalDeducted), new Decimal(balance.debt)];
      if (!active.eq(want.active)) violations.push(`member ${member.id}: active ${active} where the model says ${want.active}`);
      if (!deducted.eq(want.deducted)) violations.push(`member ${member.id}: totalDeducted ${deducted} where the model says ${want.deducted}`);
      const identity = active.plus(balance.nonActivated).plus(balance.totalDeducted).plus(balance.expired);
      if (!identity.eq(balance.totalAccrued)) violations.push(`member ${member.id}: totalAccrued ${balance.totalAccrued} ≠ ${identity}`);
      if (active.lt(debt.negated())) violations.push(`member ${member.id}: active ${active} below the recorded debt ${debt}`);
    }
  } finally {
    await sql.end();
  }
  return violations;
}
