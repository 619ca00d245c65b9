import { expect } from '@open-wc/testing';
import { moveInGrid, tabStop } from './grid-navigation.js';

describe('moveInGrid (pure)', () => {
  const lanes = [['a1', 'a2', 'a3'], [], ['b1'], ['c1', 'c2']];

  it('moves within a row with Left/Right and stops at the ends', () => {
    expect(moveInGrid(lanes, 'a1', 'ArrowRight')).to.equal('a2');
    expect(moveInGrid(lanes, 'a3', 'ArrowRight')).to.equal('a3');
    expect(moveInGrid(lanes, 'a1', 'ArrowLeft')).to.equal('a1');
  });

  it('moves between non-empty rows with Up/Down, keeping the nearest position', () => {
    expect(moveInGrid(lanes, 'a3', 'ArrowDown')).to.equal('b1');
    expect(moveInGrid(lanes, 'b1', 'ArrowDown')).to.equal('c1');
    expect(moveInGrid(lanes, 'c2', 'ArrowUp')).to.equal('b1');
    expect(moveInGrid(lanes, 'a2', 'ArrowUp')).to.equal('a2');
  });

  it('treats a single row as a list', () => {
    const list = [['x', 'y', 'z']];
    expect(moveInGrid(list, 'x', 'ArrowDown')).to.equal('y');
    expect(moveInGrid(list, 'y', 'ArrowUp')).to.equal('x');
    expect(moveInGrid(list, 'x', 'End')).to.equal('z');
    expect(moveInGrid(list, 'z', 'Home')).to.equal('x');
  });

  it('starts at the first mark and ignores other keys', () => {
    expect(moveInGrid(lanes, null, 'ArrowDown')).to.equal('a1');
    expect(moveInGrid(lanes, 'gone', 'ArrowDown')).to.equal('a1');
    expect(moveInGrid(lanes, 'a1', 'x')).to.equal('a1');
    expect(moveInGrid([[], []], null, 'ArrowDown')).to.equal(null);
  });
});

describe('tabStop (pure)', () => {
  const lanes = [[], ['a1', 'a2'], ['b1']];

  it('is the active mark while it is among the marks', () => {
    expect(tabStop(lanes, 'b1')).to.equal('b1');
  });

  it('falls back to the first mark when there is no active one or it left', () => {
    expect(tabStop(lanes, null)).to.equal('a1');
    expect(tabStop(lanes, 'gone')).to.equal('a1');
    expect(tabStop([[], []], 'gone')).to.be.null;
  });
});
