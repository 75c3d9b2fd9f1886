import type { AlertTopic } from '@/lib/db/schema'

interface TopicChoicesProps {
  legend: string
  labels: Record<AlertTopic, string>
  checked: readonly string[]
  error?: string
}

// The `topics` checkboxes of the subscribe and manage forms, in a fieldset
// whose error is read with it.
export function TopicChoices({ legend, labels, checked, error }: TopicChoicesProps) {
  return (
    <fieldset className="mt-5" aria-describedby={error ? 'topics-error' : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error && (
        <p id="topics-error" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      )}
      {(Object.entries(labels) as [AlertTopic, string][]).map(([topic, label], i) => (
        <div key={topic} className="mt-2 flex items-start gap-3">
          <input
            type="checkbox"
            // The first box carries the field's id: the error summary links to it.
            id={i === 0 ? 'topics' : `topics-${topic}`}
            name="topics"
            value={topic}
            defaultChecked={checked.includes(topic)}
            className="mt-1 size-5"
          />
          <label htmlFor={i === 0 ? 'topics' : `topics-${topic}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  )
}
