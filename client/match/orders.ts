// The order panel: legal actions with their cost and idea, a composer that takes targets from the
// map, the faction table or plain selects, the queue (sent to the server on every change so the
// timer never eats it), Submit, Suggest, and the pact/standard offers waiting for an answer.
import {
  ACTION_CATALOGUE, POLICY_INFO, actionCost, describeAction, legalActionTypes, planOrders, validateOrders,
} from '../../shared/index';
import type { Action, ActionType, MatchView, PolicyId } from '../../shared/types';
import { POLICY_IDS } from '../../shared/types';
import type { Session } from '../net/session';
import { fill, h, num, toast } from '../ui/dom';
import { KIND_LABEL } from '../ui/factionStyle';

type Param = 'region' | 'target' | 'amount' | 'policy' | 'mode';
interface Draft { type: ActionType; region?: number; target?: number | 'all'; amount?: number; policy?: PolicyId; mode?: 'enact' | 'repeal' }

export interface OrderPanelHooks {
  /** Highlight pickable regions on the board (null = none). */
  setSelectableRegions(regions: number[] | null): void;
  /** Show "pick" buttons on these factions (null = none). */
  setPickableFactions(seats: number[] | null): void;
  /** The queue changed (for the forecast strip). */
  onDraftChange(actions: Action[]): void;
}

export interface OrderPanel {
  el: HTMLElement;
  update(view: MatchView): void;
  pickRegion(region: number): void;
  pickFaction(seat: number): void;
  submit(): void;
  suggest(): void;
  /** Drop the action being composed (Esc). */
  cancel(): void;
  readonly draft: Action[];
}

const paramsOf = (type: ActionType): Param[] => (ACTION_CATALOGUE[type]?.params ?? []) as Param[];

function build(d: Draft): Action {
  const a: Record<string, unknown> = { type: d.type };
  for (const p of paramsOf(d.type)) a[p] = d[p];
  return a as unknown as Action;
}

export function maxActions(view: MatchView, seat: number): number {
  const f = view.factions[seat];
  return 3 + (f && f.emergencyUntil >= view.round ? 1 : 0);
}

export function orderPanel(session: Session, seat: number, initial: MatchView, hooks: OrderPanelHooks): OrderPanel {
  let view = initial;
  let round = view.round;
  let draft: Action[] = restoreDraft(session, round);
  let composing: Draft | null = null;
  let sentRev = 0;

  const picker = h('div', { class: 'action-grid', role: 'group', 'aria-label': 'Actions you can order' });
  const composer = h('div', { class: 'composer', id: 'composer', 'aria-live': 'polite' });
  const offers = h('div', { class: 'offers', id: 'offers' });
  const queueList = h('ol', { class: 'queue', id: 'order-queue', 'aria-label': 'Your orders this round' });
  const queueInfo = h('p', { class: 'queue-info', id: 'queue-info', role: 'status' });
  const submitButton = h('button', { id: 'submit-orders', class: 'primary big', 'aria-keyshortcuts': 'Control+Enter' }, 'Submit orders');
  const suggestButton = h('button', { id: 'suggest-orders', title: 'Fill the queue with what a bot would order for you (G)', 'aria-keyshortcuts': 'G' }, 'Suggest');
  const clearButton = h('button', { id: 'clear-orders' }, 'Clear');
  submitButton.addEventListener('click', () => submit());
  suggestButton.addEventListener('click', () => suggest());
  clearButton.addEventListener('click', () => { draft = []; changed(); });

  const el = h('section', { class: 'card orders', 'aria-labelledby': 'orders-title' },
    h('h2', { id: 'orders-title' }, 'Your orders'),
    offers,
    h('h3', {}, 'Choose an action'),
    picker,
    composer,
    h('h3', {}, 'Queue'),
    queueList,
    queueInfo,
    h('div', { class: 'row queue-buttons' }, submitButton, suggestButton, clearButton),
    h('p', { class: 'hint' }, 'Shortcuts: Ctrl+Enter submits, G suggests, Esc cancels a choice. Your draft is saved as you go: if the timer runs out, it still counts.'),
  );

  const mySeatInfo = () => session.snapshot.seats[seat];
  const submitted = () => !!mySeatInfo()?.submitted;
  const ordersOpen = () => session.snapshot.phase === 'orders' && !view.outcome;

  const validate = (actions: Action[]) => validateOrders(view, seat, { round, actions });

  const send = (final: boolean) => {
    if (!ordersOpen()) return;
    sentRev = session.sendOrders(round, draft, final);
  };

  const changed = () => {
    send(false);
    render();
    hooks.onDraftChange(draft);
  };

  function submit(): void {
    if (!ordersOpen()) return;
    const check = validate(draft);
    if (!check.ok) { toast(check.errors.map((e) => e.message).join(' ')); return; }
    composing = null;
    sentRev = session.sendOrders(round, draft, true);
    render();
  }

  function suggest(): void {
    if (!ordersOpen()) return;
    try {
      const plan = planOrders(view, seat, { personality: 'pluralist', level: 'normal' }, `suggest-${round}-${seat}`);
      const check = validate(plan);
      draft = check.ok ? plan : plan.filter((a) => validate([a]).ok).slice(0, maxActions(view, seat));
      composing = null;
      changed();
      // An empty suggestion is advice too: say so, or the key press looks broken.
      if (draft.length === 0) toast('Suggestion: order nothing this round and keep your resources for the next.', 'info');
    } catch (e) {
      toast('No suggestion is available right now.');
      console.warn(e);
    }
  }

  // ------------------------------------------------------------------ composing one action

  const legalRegions = (d: Draft): number[] =>
    view.regions.map((r) => r.id).filter((region) => validate([...draft, build({ ...d, region, amount: 1 })]).ok);
  const legalTargets = (d: Draft): (number | 'all')[] => {
    const seats: (number | 'all')[] = view.factions.map((f) => f.seat).filter((s) => s !== seat);
    if (d.type === 'share') seats.unshift('all');
    return seats.filter((target) => {
      const probe = { ...d, target, amount: 1 };
      if (paramsOf(d.type).includes('region')) return legalRegions(probe).length > 0;
      return validate([...draft, build(probe)]).ok;
    });
  };
  const legalPolicies = (d: Draft): PolicyId[] =>
    POLICY_IDS.filter((policy) => validate([...draft, build({ ...d, policy, amount: 1 })]).ok);

  const startComposing = (type: ActionType) => {
    const d: Draft = { type, amount: 1, mode: 'enact' };
    const params = paramsOf(type);
    if (params.includes('target')) d.target = legalTargets(d)[0];
    if (params.includes('mode')) {
      // Lobbying to repeal only makes sense for a policy in force.
      d.mode = legalPolicies({ ...d, mode: 'enact' }).length ? 'enact' : 'repeal';
    }
    if (params.includes('policy')) d.policy = legalPolicies(d)[0];
    if (params.includes('region')) d.region = legalRegions(d)[0];
    composing = d;
    if (params.length === 0) { addComposed(); return; }
    render();
    (composer.querySelector('select, button.primary') as HTMLElement | null)?.focus();
  };

  const addComposed = () => {
    if (!composing) return;
    const action = build(composing);
    const check = validate([...draft, action]);
    if (!check.ok) { toast(check.errors.map((e) => e.message).join(' ')); return; }
    draft = [...draft, action];
    composing = null;
    changed();
    submitButton.focus();
  };

  const renderComposer = () => {
    hooks.setSelectableRegions(null);
    hooks.setPickableFactions(null);
    if (!composing) { fill(composer); return; }
    const d = composing;
    const info = ACTION_CATALOGUE[d.type];
    const params = paramsOf(d.type);
    const rows: HTMLElement[] = [];
    if (params.includes('target')) {
      const targets = legalTargets(d);
      hooks.setPickableFactions(targets.filter((t): t is number => t !== 'all'));
      rows.push(selectRow('compose-target', 'Target faction', targets.map((t) => [String(t),
        t === 'all' ? 'Everyone' : `${view.factions[t].name} (${KIND_LABEL[view.factions[t].kind]})`]), String(d.target),
      (v) => { d.target = v === 'all' ? 'all' : Number(v); if (params.includes('region')) d.region = legalRegions(d)[0]; render(); },
      'or press a faction’s name in the table'));
    }
    if (params.includes('mode')) {
      rows.push(selectRow('compose-mode', 'Lobby to', [['enact', 'enact a policy'], ['repeal', 'repeal a policy']], d.mode ?? 'enact',
        (v) => { d.mode = v as 'enact' | 'repeal'; d.policy = legalPolicies(d)[0]; render(); }));
    }
    if (params.includes('policy')) {
      const policies = legalPolicies(d);
      rows.push(selectRow('compose-policy', 'Policy', policies.map((p) => [p, POLICY_INFO[p]?.label ?? p]), d.policy ?? '',
        (v) => { d.policy = v as PolicyId; render(); }));
      if (d.policy && POLICY_INFO[d.policy]) rows.push(h('p', { class: 'hint' }, POLICY_INFO[d.policy].effectText));
    }
    if (params.includes('region')) {
      const regions = legalRegions(d);
      hooks.setSelectableRegions(regions);
      rows.push(selectRow('compose-region', 'Region', regions.map((r) => [String(r), regionLabel(view, r)]), String(d.region ?? ''),
        (v) => { d.region = Number(v); render(); }, 'or click a highlighted region on the map'));
    }
    if (params.includes('amount')) {
      const amount = h('input', { id: 'compose-amount', type: 'number', min: 1, max: 5, step: 1, value: d.amount ?? 1, inputmode: 'numeric' });
      amount.addEventListener('change', () => { d.amount = Math.max(1, Math.min(5, Math.round(Number(amount.value) || 1))); render(); });
      rows.push(h('div', { class: 'field' }, h('label', { for: 'compose-amount' }, 'Amount'), amount,
        h('span', { class: 'hint' }, ' effect × amount, cost × amount²')));
    }
    const action = build(d);
    const complete = params.every((p) => d[p] !== undefined);
    const check = complete ? validate([...draft, action]) : null;
    let cost = '';
    try { if (complete) cost = num(actionCost(view, seat, action)); } catch { /* incomplete */ }
    fill(composer,
      h('div', { class: 'compose-head' },
        actionIcon(d.type),
        h('div', {}, h('h4', {}, info?.label ?? d.type, cost ? ` — costs ${cost}` : ''),
          h('p', { class: 'hint' }, info?.effectText ?? ''),
          info?.idea ? h('p', { class: 'idea' }, info.idea) : null)),
      rows,
      !complete ? h('p', { class: 'warning' }, 'No legal target for this action right now.') : null,
      check && !check.ok ? h('p', { class: 'warning', role: 'alert' }, check.errors.map((e) => e.message).join(' ')) : null,
      complete && check?.ok ? h('p', { class: 'hint' }, describeAction(view, action)) : null,
      h('div', { class: 'row' },
        h('button', { class: 'primary', id: 'compose-add', disabled: !complete || !check?.ok, onclick: addComposed }, 'Add to orders'),
        h('button', { onclick: () => { composing = null; render(); } }, 'Cancel')),
    );
  };

  // ------------------------------------------------------------------ whole panel

  // Patches arrive while the player is tabbing through the panel: put focus back where it was.
  const render = () => {
    const active = document.activeElement as HTMLElement | null;
    const key = active && el.contains(active) ? focusKey(active) : null;
    draw();
    if (key) (el.querySelector(key) as HTMLElement | null)?.focus({ preventScroll: true });
  };

  const draw = () => {
    const open = ordersOpen();
    const final = submitted();
    const full = draft.length >= maxActions(view, seat);
    const legal = open ? legalActionTypes(view, seat) : [];
    const resources = view.factions[seat]?.resources ?? 0;
    const spent = draft.reduce((sum, a) => sum + safeCost(view, seat, a), 0);

    fill(picker, legal.map((type) => {
      const info = ACTION_CATALOGUE[type];
      const tipId = `tip-${type}`;
      const button = h('button', {
        class: `action-button${composing?.type === type ? ' active' : ''}${info?.hostile ? ' hostile' : ''}`,
        'data-action': type, 'aria-describedby': tipId, disabled: full || final,
        onclick: () => startComposing(type),
      }, actionIcon(type), h('span', { class: 'action-label' }, info?.label ?? type),
      h('span', { class: 'action-cost' }, info?.costText ?? ''));
      return h('div', { class: 'action-cell' }, button,
        h('div', { class: 'tooltip', role: 'tooltip', id: tipId },
          h('b', {}, info?.label ?? type), ` — ${info?.effectText ?? ''}`, info?.idea ? h('span', { class: 'idea' }, ` ${info.idea}`) : null));
    }));
    if (open && legal.length === 0) picker.append(h('p', { class: 'hint' }, 'No action is available to you right now.'));
    if (!open && !view.outcome) picker.append(h('p', { class: 'hint' }, 'The round is resolving: orders open again for the next round.'));
    renderComposer();

    fill(queueList, draft.map((action, i) => h('li', { class: 'queued' },
      actionIcon(action.type),
      h('span', { class: 'queued-text' }, safeDescribe(view, action)),
      h('span', { class: 'queued-cost' }, `cost ${num(safeCost(view, seat, action))}`),
      h('button', { class: 'remove', 'aria-label': `Remove order ${i + 1}: ${safeDescribe(view, action)}`, disabled: final,
        onclick: () => { draft = draft.filter((_, j) => j !== i); changed(); } }, '✕'))));
    if (draft.length === 0) {
      queueList.append(h('li', { class: 'hint' }, open
        ? 'No orders yet: pick up to ' + maxActions(view, seat) + ' actions above, or press Suggest.'
        : 'Your orders for the next round will go here.'));
    }

    const acked = (mySeatInfo()?.draftRev ?? 0) >= sentRev && sentRev > 0;
    const others = session.snapshot.seats.filter((s) => s.seat !== seat && !s.isBot && !s.submitted).length;
    queueInfo.textContent = !open
      ? session.snapshot.phase === 'resolving' ? 'Resolving the round…' : 'Orders are closed.'
      : `${draft.length} of ${maxActions(view, seat)} actions · cost ${num(spent)} of ${num(resources)} available.` +
        (final ? ` Submitted ✓${others ? ` — waiting for ${others} other player${others === 1 ? '' : 's'}` : ''}.` : acked ? ' Draft saved on the server.' : sentRev ? ' Saving draft…' : '');

    submitButton.disabled = !open || final;
    submitButton.textContent = final ? 'Submitted ✓' : draft.length ? 'Submit orders' : 'Submit (no actions)';
    suggestButton.disabled = !open || final;
    clearButton.disabled = !open || final || draft.length === 0;
    if (final && open) {
      if (!el.querySelector('#change-orders')) {
        submitButton.after(h('button', { id: 'change-orders', onclick: () => { send(false); } }, 'Change orders'));
      }
    } else el.querySelector('#change-orders')?.remove();

    renderOffers();
  };

  const renderOffers = () => {
    const rows: HTMLElement[] = [];
    const queued = (type: ActionType, target: number) => draft.some((a) => a.type === type && (a as { target?: number }).target === target);
    const answer = (action: Action) => {
      const check = validate([...draft, action]);
      if (!check.ok) { toast(check.errors.map((e) => e.message).join(' ')); return; }
      draft = [...draft, action];
      changed();
    };
    const offerRow = (kind: 'pact' | 'standard', from: number) => {
      const name = view.factions[from]?.name ?? `Seat ${from}`;
      const what = kind === 'pact' ? 'a pact (a bloc: share 10 % of income, counted as one power)' : 'a common standard for 4 rounds';
      if (queued(kind, from)) return h('li', {}, `You accept ${name}'s offer of ${kind === 'pact' ? 'a pact' : 'a standard'} (in your queue).`);
      if (queued('breakPact', from)) return h('li', {}, `You decline ${name}'s offer (in your queue).`);
      return h('li', { class: 'offer' }, `${name} offers you ${what}. `,
        h('br'),
        h('button', { class: 'primary', disabled: !ordersOpen() || submitted(), onclick: () => answer({ type: kind, target: from } as Action) }, 'Accept'),
        h('button', { disabled: !ordersOpen() || submitted(), onclick: () => answer({ type: 'breakPact', target: from }) }, 'Decline'));
    };
    for (const o of view.pactOffers.filter((o) => o.to === seat)) rows.push(offerRow('pact', o.from));
    for (const o of view.standardOffers.filter((o) => o.to === seat)) rows.push(offerRow('standard', o.from));
    for (const o of view.pactOffers.filter((o) => o.from === seat)) {
      rows.push(h('li', { class: 'hint' }, `Your pact offer to ${view.factions[o.to]?.name} is open.`));
    }
    for (const p of view.pacts.filter((p) => p.a === seat || p.b === seat)) {
      const other = p.a === seat ? p.b : p.a;
      rows.push(h('li', { class: 'hint' }, `In a pact with ${view.factions[other]?.name} since round ${p.since}.`));
    }
    fill(offers, rows.length ? [h('h3', {}, 'Offers and pacts'), h('ul', {}, rows)] : []);
  };

  render();
  hooks.onDraftChange(draft);

  return {
    el,
    get draft() { return draft; },
    update(next: MatchView) {
      view = next;
      if (next.round !== round) {
        round = next.round;
        draft = [];
        composing = null;
        sentRev = 0;
        hooks.onDraftChange(draft);
      }
      render();
    },
    pickRegion(region: number) {
      if (!composing || !paramsOf(composing.type).includes('region')) {
        if (ordersOpen() && !submitted()) toast('Choose an action first (Expand, for example), then click a region to target it.', 'info');
        return;
      }
      if (!legalRegions(composing).includes(region)) { toast(`${view.regions[region]?.name ?? 'That region'} is not a legal target for this action.`); return; }
      composing.region = region;
      render();
    },
    pickFaction(target: number) {
      if (!composing || !paramsOf(composing.type).includes('target')) return;
      if (!legalTargets(composing).includes(target)) { toast(`${view.factions[target]?.name} is not a legal target for this action.`); return; }
      composing.target = target;
      if (paramsOf(composing.type).includes('region') && !legalRegions(composing).includes(composing.region ?? -1)) {
        composing.region = legalRegions(composing)[0];
      }
      render();
    },
    submit,
    suggest,
    cancel() { composing = null; render(); },
  };
}

function focusKey(node: HTMLElement): string | null {
  if (node.id) return `#${CSS.escape(node.id)}`;
  if (node.dataset.action) return `[data-action="${node.dataset.action}"]`;
  return null;
}

function restoreDraft(session: Session, round: number): Action[] {
  const raw = session.mySeatInfo()?.draftJson;
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed;
    if (parsed && parsed.round === round && Array.isArray(parsed.actions)) return parsed.actions;
  } catch { /* a draft we cannot read is simply not restored */ }
  return [];
}

function selectRow(id: string, label: string, options: [string, string][], value: string, onPick: (v: string) => void, hint?: string) {
  const el = h('select', { id }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  el.addEventListener('change', () => onPick(el.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), el, hint ? h('span', { class: 'hint' }, ` ${hint}`) : null);
}

function regionLabel(view: MatchView, region: number): string {
  const r = view.regions[region];
  return r ? `${r.name} (population ${r.population}, wealth ${r.wealth})` : `Region ${region}`;
}

/**
 * The action's icon painted in the text's colour: the SVG is a mask over `currentColor`, since as
 * an <img> its strokes came out black on the dark buttons.
 */
export function actionIcon(type: ActionType): HTMLSpanElement {
  const icon = h('span', { class: 'icon', 'aria-hidden': 'true' });
  icon.style.setProperty('--icon', `url("/icons/${type}.svg")`);
  return icon;
}

function safeCost(view: MatchView, seat: number, action: Action): number {
  try { return actionCost(view, seat, action); } catch { return 0; }
}
function safeDescribe(view: MatchView, action: Action): string {
  try { return describeAction(view, action); } catch { return action.type; }
}
