-- Message templates, one row per template and language. zh-TW is the default language; en is
-- offered to residents who ask for it. Placeholders are {name} (Qute syntax) and take their names
-- from the fields of the event or command that triggers the message.

create table notification_template (
    id            uuid        primary key,
    template_key  text        not null check (template_key ~ '^[a-z][a-z0-9-]{1,63}$'), -- templateKey in events
    locale        text        not null check (locale in ('zh-TW', 'en')),
    subject       text        not null, -- e-mail subject and inbox title
    body          text        not null, -- SMS, LINE, e-mail and inbox text
    version       integer     not null default 0,
    updated_at    timestamptz not null default now(),
    unique (template_key, locale)
);

insert into notification_template (id, template_key, locale, subject, body) values
    -- SendPickupCode (notification-requests): the only message that ever carries the code.
    (gen_random_uuid(), 'pickup-code', 'zh-TW', '文件已放入智慧櫃台',
     '您申請的文件已放入{siteName}智慧櫃台 {compartmentLabel} 號格，取件碼 {pickupCode}，24 小時皆可取件，請於 {expiresAt} 前領取。取件碼請勿提供他人。'),
    (gen_random_uuid(), 'pickup-code', 'en', 'Your document is in the Smart Desk',
     'Your document is in compartment {compartmentLabel} of the Smart Desk at {siteName}. Pickup code: {pickupCode}. Collect it any time, day or night, before {expiresAt}. Do not share this code.'),
    -- PickupReminderDue (locker-events).
    (gen_random_uuid(), 'pickup-reminder', 'zh-TW', '提醒您領取文件',
     '提醒您：您的文件仍在{siteName}智慧櫃台等候領取，請於 {pickupDeadline} 前取件，逾期將移回服務櫃檯。如有問題請洽 089-347550。'),
    (gen_random_uuid(), 'pickup-reminder', 'en', 'Reminder: your document is waiting',
     'Reminder: your document is still waiting in the Smart Desk at {siteName}. Please collect it before {pickupDeadline}; after that it goes back to the service counter. Questions: 089-347550.'),
    -- ApplicationAccepted (application-events).
    (gen_random_uuid(), 'application-accepted', 'zh-TW', '申請案件已受理',
     '您的{serviceName}申請已受理，文件完成後將通知您領取方式。如有問題請洽 089-347550。'),
    (gen_random_uuid(), 'application-accepted', 'en', 'Your application has been accepted',
     'Your application for {serviceName} has been accepted. We will tell you how to collect the document when it is ready. Questions: 089-347550.');
