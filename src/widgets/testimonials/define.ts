import { define } from '../../core/define.js';
import { OntrackTestimonials } from './testimonials.js';

export { OntrackTestimonials };

define('ontrack-testimonials', OntrackTestimonials);

declare global {
  interface HTMLElementTagNameMap {
    'ontrack-testimonials': OntrackTestimonials;
  }
}
