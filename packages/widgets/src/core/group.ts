/**
 * Linking between Dealboard elements that share a `group` attribute: they
 * share the selected country and the `as-of` date. A channel lives per group
 * name *per root node* (document or shadow root), so two dashboards never mix
 * and a page that leaves no member behind keeps no channel.
 */

/** What the members of a group share. */
export interface GroupState {
  /** ISO alpha-3 code of the country selected anywhere in the group. */
  country: string | null;
  /** ISO date shown by every member, or null for "everything". */
  asOf: string | null;
}

/** A member hears changes made by the others. */
export interface GroupMember {
  groupChanged(state: GroupState, from: GroupMember): void;
}

export class GroupChannel {
  readonly members = new Set<GroupMember>();
  state: GroupState = { country: null, asOf: null };

  /** Shares a change with every other member; a no-op when nothing changed. */
  publish(from: GroupMember, patch: Partial<GroupState>): void {
    const next = { ...this.state, ...patch };
    if (next.country === this.state.country && next.asOf === this.state.asOf) return;
    this.state = next;
    for (const member of this.members) if (member !== from) member.groupChanged(next, from);
  }
}

const registry = new WeakMap<Node, Map<string, GroupChannel>>();

/** Joins `member` to `name` within `root`; returns the channel. */
export function joinGroup(root: Node, name: string, member: GroupMember): GroupChannel {
  let channels = registry.get(root);
  if (!channels) registry.set(root, (channels = new Map()));
  let channel = channels.get(name);
  if (!channel) channels.set(name, (channel = new GroupChannel()));
  channel.members.add(member);
  return channel;
}

/** Leaves a group; the channel is dropped with its last member. */
export function leaveGroup(root: Node, name: string, member: GroupMember): void {
  const channels = registry.get(root);
  const channel = channels?.get(name);
  if (!channel) return;
  channel.members.delete(member);
  if (channel.members.size === 0) channels!.delete(name);
  if (channels!.size === 0) registry.delete(root);
}

/** The channel of a group, if it has members (for tests and tools). */
export function groupChannel(root: Node, name: string): GroupChannel | undefined {
  return registry.get(root)?.get(name);
}
