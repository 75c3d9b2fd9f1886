-- Counters keyed by a clear e-mail address give way to keys without one (an account id, a hashed network address).
DELETE FROM "sign_in_failure";--> statement-breakpoint
ALTER TABLE "sign_in_failure" DROP COLUMN "email";--> statement-breakpoint
ALTER TABLE "sign_in_failure" DROP COLUMN "last_failure_at";--> statement-breakpoint
ALTER TABLE "sign_in_failure" ADD COLUMN "key" text PRIMARY KEY NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_in_failure" ADD COLUMN "window_start" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "form_rate_limit" ADD COLUMN "window_seconds" integer DEFAULT 3600 NOT NULL;--> statement-breakpoint
ALTER TABLE "form_rate_limit" ADD COLUMN "subject" text;--> statement-breakpoint
CREATE INDEX "form_rate_limit_subject_idx" ON "form_rate_limit" USING btree ("subject");
--> statement-breakpoint
-- Once only, while the append-only rule is lifted: searched and deleted addresses, and the
-- addresses typed into failed sign-ins without an account, leave the log. From now on the log
-- names an address by its keyed hash (lib/privacy/email-hash.ts) and never itemises such failures.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_append_only";--> statement-breakpoint
UPDATE "audit_log" SET "target" = 'email:(removed)' WHERE "target" LIKE 'email:%';--> statement-breakpoint
UPDATE "audit_log" SET "actor_email" = NULL WHERE "actor_id" IS NULL AND "action" IN ('sign-in-failed', 'sign-in-locked');--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_append_only";
