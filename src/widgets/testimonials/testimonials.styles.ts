import { css } from 'lit';

export const testimonialsStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ontrack-testimonials-min-card, 16rem)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .grid > li {
    display: flex;
  }

  .card {
    display: flex;
    flex-direction: column;
    inline-size: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .photo {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: var(--_space);
  }

  .quote {
    margin: 0;
    font-size: 1.125em;
  }

  .quote p {
    margin: 0;
    text-align: start;
  }

  .quote p::before {
    content: '“';
    margin-inline-end: 0.1em;
    color: var(--ontrack-testimonials-accent, var(--_accent));
    font-weight: 700;
  }

  .quote p::after {
    content: '”';
    margin-inline-start: 0.1em;
    color: var(--ontrack-testimonials-accent, var(--_accent));
    font-weight: 700;
  }

  .who p {
    margin: 0;
  }

  .name {
    font-weight: 700;
  }

  .meta,
  .video-note {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .story {
    margin: 0;
  }

  .video {
    display: grid;
    gap: 0.5em;
  }

  .video .poster,
  .video .player {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    block-size: auto;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    object-fit: cover;
    background: var(--_subtle);
  }

  .play {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    justify-self: start;
  }

  .video-note {
    margin: 0;
  }

  .transcript summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  .carousel .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }

  .controls button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .controls button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }

  .position {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  [dir='rtl'] .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  .slide {
    animation: ontrack-slide-in 0.25s ease-out;
  }

  @keyframes ontrack-slide-in {
    from {
      transform: translateY(0.5rem);
    }
    to {
      transform: none;
    }
  }

  @media (max-width: 30rem) {
    .controls button span:not(.arrow) {
      font-size: 0.95em;
    }
  }
`;
