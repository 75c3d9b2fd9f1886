'use client'

import { type ComponentProps, useActionState } from 'react'

type ActionFormProps = Omit<ComponentProps<'form'>, 'action'> & {
  // A server action that answers with a redirect (Post/Redirect/Get).
  action: (state: unknown, data: FormData) => Promise<void>
  // The address of the page the form is on: see below.
  permalink: string
}

// A form posting to a server action. React renders `<form action={serverAction}>`
// with action="", which is invalid HTML; given the page's address through
// useActionState's permalink, it writes that address instead, and the form
// posts there without JavaScript as it did before.
export function ActionForm({ action, permalink, ...props }: ActionFormProps) {
  const [, formAction] = useActionState<unknown, FormData>(action, null, permalink)
  return <form action={formAction} {...props} />
}
