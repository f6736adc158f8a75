// "How to play": the rules in short, then every action, policy, agenda and kind, drawn from the
// engine's own texts so the help never disagrees with the rules.
import { ACTION_CATALOGUE, AGENDA_INFO, DEFAULT_BALANCE, KIND_INFO, POLICY_INFO } from '../../shared/index';
import { KINDS, POLICY_IDS } from '../../shared/types';
import type { ActionType, AgendaId } from '../../shared/types';
import { h } from '../ui/dom';
import { KIND_LABEL } from '../ui/factionStyle';

export function showHowToPlay(): void {
  document.getElementById('how-dialog')?.remove();
  const close = h('button', { class: 'primary', id: 'close-how' }, 'Close');
  const dialog = h('dialog', { id: 'how-dialog', class: 'how', 'aria-labelledby': 'how-title' },
    h('div', { class: 'how-head' }, h('h2', { id: 'how-title' }, 'How to play'), close),
    h('p', {}, 'You lead one faction — a State, a Corporation or a Movement — in a world of 3 to 6. Every round, everyone secretly picks up to three actions; then all of them resolve together, in stages: pacts, policies, hostile moves, growth, income, diffusion, progress.'),
    h('p', {}, 'Growth compounds with size (economies of scale rise by era), so a leader tends to pull away. Ideas and control diffuse back toward the others, distant holdings cost upkeep, and everyone can balance the leader.'),
    h('h3', {}, 'Your first round, step by step'),
    h('ol', { class: 'how-steps' },
      h('li', {}, 'Read your faction panel: your resource pays for actions, and your secret agenda is a bonus goal only you can see.'),
      h('li', {}, 'In “Your orders”, pick an action, then its target — click a highlighted region on the map or choose from the list — and press “Add to orders”. Hover or focus an action to see what it does and the idea behind it.'),
      h('li', {}, 'The forecast strip shows what your draft would change if nobody else acted.'),
      h('li', {}, 'Press Submit (Ctrl+Enter). Your draft is saved as you go, so the timer never loses it. Not sure? “Suggest” fills the queue with what a bot would order for you.'),
      h('li', {}, 'Watch the map and the News as the round resolves. Offers of pacts and standards from others appear in your orders panel with Accept and Decline.')),
    h('h3', {}, 'How a match ends'),
    h('ul', {},
      h('li', {}, h('b', {}, 'Catastrophe'), ': risk reaches 100 — everyone loses. Research adds risk; defence removes it.'),
      h('li', {}, h('b', {}, 'Hegemony'), `: a faction or pact bloc holds the hegemony share of all power at ${DEFAULT_BALANCE.hegemonyRounds} round ends in a row — its largest member alone wins. The balance alarm sounds on the way there, once someone is clearly past a fair share (the Balance meter marks both lines).`),
      h('li', {}, h('b', {}, 'Flourishing'), ': after the last round, progress reached its target — the highest impact wins.'),
      h('li', {}, h('b', {}, 'Stagnation'), ': progress fell short — nobody wins.')),
    h('p', {}, 'Impact is “power to”: it grows with your output and with what you do for the world (defence, sharing tech, decentralising), plus your secret agenda and a bonus for not holding more than your fair share of power.'),
    h('h3', {}, 'Kinds'),
    h('dl', { class: 'how-list' }, KINDS.flatMap((k) => [
      h('dt', {}, KIND_LABEL[k], ` — resource: ${KIND_INFO[k].resource}, meter: ${KIND_INFO[k].meter}`),
      h('dd', {}, KIND_INFO[k].idea)])),
    h('h3', {}, 'Actions'),
    h('dl', { class: 'how-list' }, (Object.keys(ACTION_CATALOGUE) as ActionType[]).flatMap((t) => {
      const a = ACTION_CATALOGUE[t];
      return [
        h('dt', {}, a.label, ` (${a.kinds.map((k) => KIND_LABEL[k]).join(', ')}) — cost ${a.costText}`),
        h('dd', {}, a.effectText, ' ', h('i', {}, a.idea))];
    })),
    h('h3', {}, 'Policies'),
    h('dl', { class: 'how-list' }, POLICY_IDS.flatMap((p) => [
      h('dt', {}, POLICY_INFO[p].label), h('dd', {}, POLICY_INFO[p].effectText, ' ', h('i', {}, POLICY_INFO[p].idea))])),
    h('h3', {}, 'Secret agendas'),
    h('dl', { class: 'how-list' }, (Object.keys(AGENDA_INFO) as AgendaId[]).flatMap((id) => [
      h('dt', {}, AGENDA_INFO[id].label, ` (+${AGENDA_INFO[id].bonus})`), h('dd', {}, AGENDA_INFO[id].text)])),
  );
  close.addEventListener('click', () => dialog.close());
  const opener = document.activeElement as HTMLElement | null;
  dialog.addEventListener('close', () => { dialog.remove(); opener?.focus(); });
  document.body.append(dialog);
  dialog.showModal();
}
