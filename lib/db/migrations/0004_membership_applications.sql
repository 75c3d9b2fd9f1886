CREATE TABLE "application_note" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" bigint NOT NULL,
	"request_key" text NOT NULL,
	"author_id" text,
	"author_email" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_note_request_key_unique" UNIQUE("request_key"),
	CONSTRAINT "application_note_body_length" CHECK (char_length("application_note"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"application_id" bigint,
	"recipient" text,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "membership_application" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"submission" text NOT NULL,
	"locale" text NOT NULL,
	"organisation" text NOT NULL,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"website" text NOT NULL,
	"representative" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"criteria" jsonb NOT NULL,
	"statement" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_application_reference_unique" UNIQUE("reference"),
	CONSTRAINT "membership_application_submission_unique" UNIQUE("submission"),
	CONSTRAINT "membership_application_statement_length" CHECK (char_length("membership_application"."statement") between 1 and 5000),
	CONSTRAINT "membership_application_status" CHECK ("membership_application"."status" in ('received', 'under-review', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "membership_application_kind" CHECK ("membership_application"."kind" in ('commercial-entity', 'trade-association'))
);
--> statement-breakpoint
ALTER TABLE "application_note" ADD CONSTRAINT "application_note_application_id_membership_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."membership_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_note" ADD CONSTRAINT "application_note_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_application_id_membership_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."membership_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_note_application_idx" ON "application_note" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("sent_at","next_attempt_at");--> statement-breakpoint
CREATE INDEX "membership_application_status_idx" ON "membership_application" USING btree ("status","created_at");