import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

interface LazyMountProps {
  /** Mount now, whether or not the place is near the viewport (a selected card, say). */
  eager: boolean;
  /** The placeholder's height until the content mounts, so the scrollbar stays about right. */
  estimatedHeight: number;
  children: ReactNode;
}

/**
 * Mounts its content once its place comes near the viewport, then keeps it. A policy with
 * thousands of statements then costs the DOM only the cards the user has seen.
 */
export function LazyMount({ eager, estimatedHeight, children }: LazyMountProps) {
  const place = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (jsdom), everything mounts at once.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: React renders the cards in short slices, so scrolling and typing go on.
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  if (near || eager) return <>{children}</>;
  return <div ref={place} aria-hidden="true" style={{ height: estimatedHeight }} />;
}
