// No consent manager: the analytics tag and the pixel load as plain markup. It is the
// reference for the "Δ vs baseline" figures and for how fast the tag runs with nothing in front.
import { ANALYTICS_SRC, PIXEL_SRC } from './shared.mjs';

export default {
  id: 'baseline',
  name: 'no CMP (baseline)',
  version: '—',
  baseline: true,
  mount: null,
  slots: {
    'gated-head': `<script async src="${ANALYTICS_SRC}"></script>`,
    'gated-body': `<img src="${PIXEL_SRC}" width="1" height="1" alt="">`,
  },
  banner: null,
  accept: null,
};
