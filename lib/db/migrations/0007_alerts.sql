CREATE TABLE "alert" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"subject" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone,
	CONSTRAINT "alert_topic" CHECK ("alert"."topic" in ('calls', 'consultations'))
);
--> statement-breakpoint
CREATE TABLE "alert_subscription" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"topics" text[] NOT NULL,
	"confirmation_sent_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_subscription_token_unique" UNIQUE("token"),
	CONSTRAINT "alert_subscription_topics" CHECK ("alert_subscription"."topics" <@ array['calls', 'consultations']::text[] and cardinality("alert_subscription"."topics") > 0)
);
--> statement-breakpoint
CREATE TABLE "call_response" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"submission" uuid NOT NULL,
	"working_group" text NOT NULL,
	"call_opens_at" timestamp with time zone NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"email" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_response_submission_unique" UNIQUE("submission"),
	CONSTRAINT "call_response_message_length" CHECK (char_length("call_response"."message") <= 4000)
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "alert_id" bigint;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "subscription_id" bigint;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "call_response_id" bigint;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "paced" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_announcement_idx" ON "alert" USING btree ("topic","subject","opens_at");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_subscription_email_idx" ON "alert_subscription" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "call_response_call_idx" ON "call_response" USING btree ("working_group","call_opens_at","id");--> statement-breakpoint
CREATE INDEX "call_response_email_idx" ON "call_response" USING btree (lower("email"));--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_alert_id_alert_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alert"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_subscription_id_alert_subscription_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."alert_subscription"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_call_response_id_call_response_id_fk" FOREIGN KEY ("call_response_id") REFERENCES "public"."call_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_unsent_idx" ON "mail_outbox" USING btree ("paced","next_attempt_at","id") WHERE "mail_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "mail_outbox_alert_idx" ON "mail_outbox" USING btree ("alert_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_subscription_idx" ON "mail_outbox" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_call_response_idx" ON "mail_outbox" USING btree ("call_response_id");