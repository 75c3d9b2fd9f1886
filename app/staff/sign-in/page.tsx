import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/staff/sign-in-form'
import { currentStaff, SIGN_IN_PATH } from '@/lib/auth/staff'
import { signIn } from '../actions'

export const metadata: Metadata = { title: 'Sign in' }

export default async function SignInPage() {
  if (await currentStaff()) redirect('/staff')
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">Sign in to the staff desk</h1>
      <p className="mt-2">For the Secretariat and moderators. Accounts are made by an administrator.</p>
      <SignInForm action={signIn} permalink={SIGN_IN_PATH} />
    </main>
  )
}
