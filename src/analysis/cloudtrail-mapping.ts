import {
  eventFacts,
  EventRequestMapper,
  type Catalog,
  type CloudTrailEvent,
  type EventFacts,
  type EventRequests,
} from '../core/index.ts';

type JsonRecord = Parameters<typeof eventFacts>[0];

/**
 * Maps events to the requests they needed while they are read. The mapper reads the service
 * reference synchronously, and the browser loads each service's reference on first use: an event
 * of a service not loaded yet waits (with only the small facts of its record) until `settle`,
 * which the reading awaits between two pieces of a file.
 */
export class StreamingMapping {
  private readonly mapper: EventRequestMapper;
  /** Event sources whose services' reference has loaded (or failed to: the mapper then says so). */
  private readonly ready = new Set<string>();
  private readonly loading = new Map<string, Promise<void>>();
  private waiting: { event: CloudTrailEvent; facts: EventFacts | undefined }[] = [];

  constructor(
    private readonly catalog: Catalog,
    private readonly mapped: (requests: EventRequests, event: CloudTrailEvent) => void,
  ) {
    this.mapper = new EventRequestMapper(catalog);
  }

  event(event: CloudTrailEvent, record: JsonRecord | undefined): void {
    const facts = record ? eventFacts(record) : undefined;
    const source = event.eventSource;
    // Events keep their order: once one waits, the next ones wait behind it.
    if (this.ready.has(source) && this.waiting.length === 0) {
      this.mapped(this.mapper.fromEvent(event, facts), event);
      return;
    }
    this.waiting.push({ event, facts });
    if (this.ready.has(source) || this.loading.has(source)) return;
    const load = EventRequestMapper.load(this.catalog, [source]).then(
      () => undefined,
      () => undefined,
    );
    this.loading.set(
      source,
      load.then(() => {
        this.ready.add(source);
        this.loading.delete(source);
      }),
    );
  }

  /** Loads the services the waiting events need, then maps them. */
  async settle(): Promise<void> {
    while (this.loading.size > 0) await Promise.all(this.loading.values());
    const waiting = this.waiting;
    this.waiting = [];
    for (const { event, facts } of waiting) this.mapped(this.mapper.fromEvent(event, facts), event);
  }

  /** Whether events wait for a service's reference. */
  get behind(): boolean {
    return this.waiting.length > 0;
  }
}
