import type { ReactiveController, ReactiveElement } from 'lit';
import { joinGroup, leaveGroup } from './group.js';
import type { GroupChannel, GroupMember, GroupState } from './group.js';

/** An element that can join a group through its `group` attribute. */
export interface GroupHost extends ReactiveElement {
  group: string | null;
}

/**
 * Keeps an element in the channel of its `group` (joining on connect,
 * leaving on disconnect or when the name changes) and hands it the changes
 * the other members make.
 */
export class GroupController implements ReactiveController, GroupMember {
  private channel: GroupChannel | null = null;
  private root: Node | null = null;
  private name: string | null = null;

  constructor(
    private readonly host: GroupHost,
    private readonly onChange: (state: GroupState) => void,
  ) {
    host.addController(this);
  }

  /** The group's shared state, or null outside a group. */
  get state(): GroupState | null {
    return this.channel?.state ?? null;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    if (this.host.group !== this.name) this.sync();
  }

  hostDisconnected(): void {
    this.leave();
  }

  groupChanged(state: GroupState): void {
    this.onChange(state);
  }

  /** Tells the rest of the group about a change made here. */
  publish(patch: Partial<GroupState>): void {
    this.channel?.publish(this, patch);
  }

  private sync(): void {
    this.leave();
    const name = this.host.group;
    if (!name || !this.host.isConnected) return;
    this.root = this.host.getRootNode();
    this.name = name;
    this.channel = joinGroup(this.root, name, this);
    // A newcomer takes on what the group already shows.
    const { country, asOf } = this.channel.state;
    if (country !== null || asOf !== null) this.onChange(this.channel.state);
  }

  private leave(): void {
    if (this.channel && this.root && this.name) leaveGroup(this.root, this.name, this);
    this.channel = null;
    this.root = null;
    this.name = null;
  }
}
