/** A titled part of a library view: a region named by its own heading. */
import type { ComponentChildren } from 'preact';

export interface PartProps {
  /** The heading's id (the region is labelled by it). */
  id: string;
  heading: ComponentChildren;
  class?: string;
  headingClass?: string;
  children?: ComponentChildren;
}

export function Part({ id, heading, class: cls, headingClass = 'bl-h2', children }: PartProps) {
  return (
    <section class={cls} aria-labelledby={id}>
      <h2 id={id} class={headingClass}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
