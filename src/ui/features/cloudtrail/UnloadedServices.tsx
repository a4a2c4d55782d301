/** Services the policies grant whose reference did not load, so left out of a comparison. */
export function UnloadedServices({ services }: { services: readonly string[] }) {
  if (services.length === 0) return null;
  return (
    <p className="text-zinc-500 dark:text-zinc-400">
      Not compared (their reference did not load): {services.join(', ')}
    </p>
  );
}
