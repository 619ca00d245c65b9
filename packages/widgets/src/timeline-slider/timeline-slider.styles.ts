import { css } from 'lit';

export const sliderStyles = css`
  .slider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }
  label {
    font-weight: 600;
  }
  input[type='range'] {
    flex: 1 1 200px;
    min-width: 0;
    accent-color: var(--_accent);
  }
  output {
    min-width: 9em;
    font-variant-numeric: tabular-nums;
  }
  .play {
    min-width: 4.5em;
  }
`;
