/**
 * Generated from the platform's OpenAPI document by openapi-typescript: do not edit.
 * Regenerate: ./dev pnpm --filter @sme/client generate
 */
export interface paths {
    "/v1/enterprises/{uscc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an enterprise
         * @description Permission: `enterprise:read`
         */
        get: operations["getEnterprise"];
        /**
         * Register or update an enterprise by its unified social credit code
         * @description Permission: `enterprise:write`
         */
        put: operations["upsertEnterprise"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enterprises by township, industry, size class, entity type, tag or status
         * @description Permission: `enterprise:read`
         */
        get: operations["listEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import up to 10,000 enterprises (JSON {rows}, CSV or .xlsx), processed asynchronously
         * @description Permission: `enterprise:import`
         *
         *     A file (`text/csv` or `.xlsx`) has a header row naming its columns in Chinese or English (统一社会信用代码 or uscc …; the template writes both: GET /v1/enterprises/imports/template); docs/imports.md lists them.
         *
         *     CSV may be UTF-8 (with or without BOM) or GBK/GB18030, as Excel saves it: declare it (`text/csv; charset=gbk`) or leave it to be detected. Bytes that are not text in that encoding refuse the whole file (400 naming `body.line.N`); nothing is stored garbled.
         *
         *     An .xlsx file is read from its first worksheet. Row results carry the spreadsheet row numbers.
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bulk-import template (CSV or .xlsx): fill it in and POST it to /v1/enterprises/imports
         * @description Permission: `enterprise:import`
         */
        get: operations["importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the enterprises matching the list filters as CSV or .xlsx, in the import columns
         * @description Permission: `enterprise:read`
         *
         *     The same filters as GET /v1/enterprises, every match in one file (at most 10,000: narrow the filters beyond that), in the columns of the import, so importing the file again changes nothing.
         */
        get: operations["exportEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress of an import job
         * @description Permission: `import:read`
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{jobId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per-row results of an import job
         * @description Permission: `import:read`
         */
        get: operations["listImportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records your organisation supplied, oldest change first
         * @description Permission: `credit-record:list-own`
         */
        get: operations["listOwnRecords"];
        put?: never;
        /**
         * Submit or correct one credit record (keyed by your sourceRecordId; a replay changes nothing)
         * @description Permission: `credit-record:submit`
         */
        post: operations["submitRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-records/{sourceRecordId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke one of your records; it stops counting at once and its history is kept
         * @description Permission: `credit-record:submit`
         */
        post: operations["revokeRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-records/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk submission of up to 10,000 credit records, processed asynchronously (same job API as registry imports)
         * @description Permission: `credit-record:submit`
         */
        post: operations["startRecordImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises/{uscc}/credit-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enterprise's credit profile. Banks need the enterprise's authorisation or a push; every read is audited
         * @description Permission: `credit-profile:read`
         */
        get: operations["readProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-authorisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorisations by state, newest first: a bank its own, a township agency those of its townships, the office all; or every one of an enterprise (uscc)
         * @description Permission: `credit-authorisation:read`
         */
        get: operations["listAuthorisations"];
        put?: never;
        /**
         * File an enterprise's signed authorisation for a bank (a bank files its own); it takes effect once the enterprise confirms it through the office or its township
         * @description Permission: `credit-authorisation:write`
         */
        post: operations["recordAuthorisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-authorisations/{authorisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One authorisation (a bank sees its own; a township agency those of its townships)
         * @description Permission: `credit-authorisation:read`
         */
        get: operations["getAuthorisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-authorisations/{authorisationId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the enterprise confirmed the authorisation (the office, or the township agency of the enterprise's township)
         * @description Permission: `credit-authorisation:confirm`
         */
        post: operations["confirmAuthorisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-authorisations/{authorisationId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an authorisation: the enterprise's refusal or revocation (recorded by the office or its township), or the bank's withdrawal
         * @description Permission: `credit-authorisation:revoke`
         */
        post: operations["revokeAuthorisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Declarations by state and/or township (at least one), key-industry-chain first, then oldest first
         * @description Permission: `declaration:read`
         */
        get: operations["listDeclarations"];
        put?: never;
        /**
         * Record a declaration (申报清单) after a visit, or a bank referral; screened at once when the registry knows the enterprise
         * @description Permission: `declaration:write`
         */
        post: operations["createDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations/{declarationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A declaration with its screening, reviews and state; ETag carries the version
         * @description Permission: `declaration:read`
         */
        get: operations["getDeclaration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations/{declarationId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A department's opinions on the criteria in its domain; when all five pass the declaration is REVIEWED
         * @description Permission: `declaration:review`
         */
        post: operations["reviewDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations/{declarationId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The convenor signs a REVIEWED declaration off into the recommendation list (推荐清单)
         * @description Permission: `declaration:sign-off`
         *
         *     Seed 001 §二(二) "经行业主管部门确认，并报区工作机制召集人签字确认": only principals of the convenor and deputy convenors named in the city file (`matching.convenors`) sign; any other coordinator gets 403. A declaration reaches REVIEWED only once the competent department for its industry has confirmed (`confirmedBy`).
         */
        post: operations["signOffDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations/{declarationId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove for false materials or misuse (seed 001 §四(四)); a removed enterprise is never pushed
         * @description Permission: `declaration:remove`
         */
        post: operations["removeDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations/{declarationId}/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a rejected declaration to a township for coaching (辅导修复): REJECTED → REPAIRING
         * @description Permission: `repair:write`
         */
        post: operations["assignRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/declarations/{declarationId}/repair/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Coaching done: screened again (REPAIRING → SCREENED, REVIEWED if all pass); the declining banks may be asked again
         * @description Permission: `repair:write`
         */
        post: operations["completeRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recommendation list (推荐清单): key-industry-chain enterprises first, then by sign-off order
         * @description Permission: `recommendation:read`
         */
        get: operations["listRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's financial product catalogue (金融服务产品库), from the banks' declared specialities
         * @description Permission: `products:read`
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push-batches/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a push batch: assignments with every rule’s reasons, after adjustments; writes nothing
         * @description Permission: `push-batch:write`
         */
        post: operations["previewPushBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide and store a push batch as DRAFT (same input as the preview); confirm it to push
         * @description Permission: `push-batch:write`
         */
        post: operations["createPushBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A push batch with its confirm's progress and a page of its enterprises (cursor walks the stored chunks; nothing is decided again)
         * @description Permission: `push-batch:read`
         *
         *     While the batch is `CONFIRMING`, `progress` counts the chunks and pushes written so far; poll until `state` is `CONFIRMED` (the confirm answers `Retry-After` with the interval). A page is 8 stored chunks (200 enterprises); an enterprise whose declaration changed before its chunk was confirmed is marked `droppedAtConfirm`.
         */
        get: operations["getPushBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/push-batches/{batchId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a DRAFT batch: accepted at once (202, CONFIRMING), written in the background chunk by chunk; poll GET /v1/push-batches/{batchId} until CONFIRMED
         * @description Permission: `push-batch:write`
         *
         *     Asynchronous. The answer is `202 Accepted` with the batch in state `CONFIRMING`, its `progress` (chunks and pushes, total and done) and, in `Location` and `links.self`, the batch to poll; `Retry-After` says how many seconds to wait between polls. The confirm instant, the confirming client and the credit-access date are fixed by this call. In the background each chunk of the batch (at most 25 enterprises, one DynamoDB transaction) is written once, its pushes announced as `EnterprisePushed` (the push id as event id), and counted; when every chunk is counted the batch is `CONFIRMED` with its `outcome` (pushes written, declarations dropped because they changed after the batch was decided). A chunk that fails is retried by the queue and never written twice. Calling confirm again while the batch is `CONFIRMING` answers 202 and queues nothing again (a call that died before the chunks were queued is taken over after a minute); send an `Idempotency-Key` to have a retry answered with the first answer. A batch already `CONFIRMED` is answered `200`.
         */
        post: operations["confirmPushBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/upper-level/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The export for the upper-level mechanism (上级报送): the month's 申报清单, 推荐清单 and the loans approved on pushes of the list, as one .xlsx in the layout of docs/reports.md (or its figures as JSON). The monthly schedule archives last month; any other month is built on demand and not stored
         * @description Permission: `monitoring:read`
         */
        get: operations["getUpperLevelExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports and entries in one state, oldest report first (the review work list)
         * @description Permission: `blacklist:review`
         */
        get: operations["listReports"];
        put?: never;
        /**
         * Report an illegal intermediary with evidence references; individual identifiers are kept only as keyed hashes and masked forms
         * @description Permission: `blacklist:report`
         */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report with its reporter, evidence, decision, appeals and merges; ETag carries the version
         * @description Permission: `blacklist:review`
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports/{entryId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm (at least one criterion of the identification standard met) or dismiss, with reasons; the reasons are shared with banks
         * @description Permission: `blacklist:review`
         */
        post: operations["decideReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports/{entryId}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an appeal received from the listed party (the office records it on the party's behalf); the listing stands meanwhile
         * @description Permission: `blacklist:review`
         */
        post: operations["recordAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports/{entryId}/appeal/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide the open appeal: upheld revokes the entry, rejected keeps it confirmed
         * @description Permission: `blacklist:review`
         */
        post: operations["decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports/{entryId}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a confirmed entry off the list
         * @description Permission: `blacklist:review`
         */
        post: operations["revokeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/reports/{entryId}/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fold a duplicate report (still reported) into this entry: parties, enterprises and evidence join it; the duplicate closes as merged
         * @description Permission: `blacklist:review`
         */
        post: operations["mergeReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entries on the shared list now (confirmed or under appeal), masked; every read is audited
         * @description Permission: `blacklist:read`
         */
        get: operations["listEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One entry a BlacklistEntryChanged notice named (listed, or revoked); audited
         * @description Permission: `blacklist:read`
         */
        get: operations["getEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen the parties around an application: per party hit (strong identifier), possible hit (name) or clear; a hit ties the enterprise to the entry
         * @description Permission: `screening:run`
         */
        post: operations["runScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screenings/{screeningId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A screening (the requesting organisation or the coordination office)
         * @description Permission: `screening:run`
         */
        get: operations["getScreening"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screenings/{screeningId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reviewer on a possible hit: "same" makes it a confirmed hit; "not-same" is remembered and the pair is skipped in later screenings
         * @description Permission: `blacklist:review`
         */
        post: operations["decideScreeningMatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/key-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ops: per identifier key version, how many listed entries and reports still hold hashes made with it; an older version with none left can be retired
         * @description Permission: `blacklist:keys`
         */
        get: operations["keyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bank/pushes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling bank's pushes, newest first
         * @description Permission: `bank-push:read`
         */
        get: operations["listBankPushes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bank/pushes/{pushId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One push of the calling bank (another bank's push is 404)
         * @description Permission: `bank-push:read`
         */
        get: operations["getBankPush"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bank/pushes/{pushId}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The push card (对接资料): who to contact, the demand, why this bank, screening, deadlines
         * @description Permission: `bank-push:card`
         *
         *     Served to the pushed bank only, until the push grant ends (`creditAccessUntil`); every read and every refusal is audited with its purpose. Another bank’s push is 404; an ended grant is 403.
         */
        get: operations["getPushCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bank/pushes/{pushId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record progress: contacted, application received, materials complete, approved, rejected, disbursed
         * @description Permission: `bank-push:feedback`
         */
        post: operations["recordPushProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/overdue-pushes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The coordinator's overdue list: pushes past a bank deadline with no decision
         * @description Permission: `overdue:read`
         */
        get: operations["listOverduePushes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holiday-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The national holiday calendar: years loaded, and how long it still covers
         * @description Permission: `holiday-calendar:read`
         */
        get: operations["getHolidayCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/holiday-calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load one year from the State Council's notice (国务院办公厅关于部分节假日安排的通知)
         * @description Permission: `holiday-calendar:write`
         *
         *     Every date must lie in the year; no day both off and worked; make-up working days (调休) on Saturdays or Sundays. Takes effect within a minute, without a redeploy: provisional deadlines in that year become exact.
         */
        put: operations["loadHolidayYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries by status (parked ones wait for a replay)
         * @description Permission: `delivery:read`
         */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One delivery and its attempts
         * @description Permission: `delivery:read`
         */
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a parked (or endpoint-disabled) delivery again
         * @description Permission: `delivery:replay`
         */
        post: operations["replayDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{bankId}/secret-rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New signing secret for a bank's webhook; the previous one stays valid for the overlap
         * @description Permission: `webhook-secret:rotate`
         *
         *     Send an `Idempotency-Key`: a retry with the same key within 24 hours answers the same secret and rotates nothing (the secret is reopened from its sealed row; no response cache holds it).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{bankId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a webhook endpoint that a 410 disabled
         * @description Permission: `delivery:replay`
         */
        post: operations["enableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monitoring figures (seed 001 §四, §六) per industry (GB/T 4754 section), township or bank over [from, to] (Shanghai business dates, at most 366 days)
         * @description Permission: `monitoring:read`
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/should-be-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Should be in but isn't" (应进未进): normal, small or micro, no credit hard-stop, never declared; key-industry-chain first
         * @description Permission: `monitoring:read`
         */
        get: operations["listShouldBeIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/should-be-lent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Should be lent but isn't" (应贷未贷): pushes without a decision, or rejected without a reason code; oldest first per bank
         * @description Permission: `monitoring:read`
         */
        get: operations["listShouldBeLent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/bulletins/{weekStart}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The weekly bulletin (周通报) of the week starting that Monday: JSON, a printable HTML page, or CSV for Excel (UTF-8 with BOM). The Monday schedule archives last week; any other week (the current one so far) is built on demand from the facts, with the gap lists as they stand now, and not stored
         * @description Permission: `monitoring:read`
         */
        get: operations["getBulletin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/bank-returns/{month}/{bankId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bank's return for the month with every version (a bank reads its own only)
         * @description Permission: `bank-returns:read`
         */
        get: operations["getBankReturn"];
        /**
         * A bank's statistical return for the month (its own only): the first submission, or a correction stored as the next version with the changed fields audited; the same figures again store nothing
         * @description Permission: `bank-returns:submit`
         */
        put: operations["putBankReturn"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/bank-returns/{month}/{bankId}/workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A bank's return uploaded as a filled-in sheet (.xlsx, first worksheet; or its rows as JSON): one row per line, amounts in 元; a result per row, each error naming the row and the column
         * @description Permission: `bank-returns:submit`
         *
         *     The sheet is the template of GET /v1/monitoring/bank-return-template: the header 项目 | 余额(元) | 户数 | 当月新发放(元) | 当月新发放笔数 | 当月新发放加权平均利率(%), then one row per line (各项贷款, 企业贷款, the categories) in any order; empty amounts and counts are 0, an empty rate is none. When every row is fine the return is stored as PUT stores it (a new version when the figures differ, audited); otherwise nothing is stored and the 422 lists every failing cell as body.row.<n>.<field> with each row's result in `rows`.
         */
        post: operations["uploadBankReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/bank-return-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The .xlsx sheet a bank fills in with its month's figures and uploads
         * @description Permission: `bank-returns:submit`
         */
        get: operations["getReturnTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/bank-returns/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every bank's latest return for the month, in the city's bank order, and the banks still missing
         * @description Permission: `monitoring:read`
         */
        get: operations["listBankReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/monthly-notices/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The monthly notice (按月通报) from the banks' returns: indicators per bank and city-wide against the seeds' targets in force, banks ranked, misses marked
         * @description Permission: `monitoring:read`
         */
        get: operations["getMonthlyNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/monthly-reports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The monthly report (月报) of any begun month: the month's activity per bank and per day, and the monthly notice (indicators, targets per bank, ranking); JSON, or a printable HTML page with its charts drawn as inline SVG
         * @description Permission: `monitoring:read`
         */
        get: operations["getMonthlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/daily-dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The daily dispatch (日调度): a day's declarations, pushes, contacts, approvals and overdue pushes by township and by bank, with the gap lists as they stand; built on demand
         * @description Permission: `monitoring:read`
         */
        get: operations["getDailyDispatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-tasks/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ledger for one reporting period, each measure with every responsible unit’s state and report: JSON, or the .xlsx in the layout of seed 003 attachments 2–3 (序号 | 工作要求 | 主要任务 | 完成时限 | 细化举措 | 年度目标和效果 | 双周进展情况, then 责任单位 | 配合单位; one sheet per list). The office reads every measure, an agency those it is responsible for
         * @description Permission: `policy-tasks:read`
         */
        get: operations["getPolicyLedger"];
        /**
         * Loads the city's policy task ledger (抓落实清单: 全面清单 and 重点清单) from its file: the next version, audited with the measures added, removed and changed; the same ledger again stores nothing
         * @description Permission: `policy-tasks:load`
         *
         *     The body is the city file `cities/<city>.policy-tasks.json` (`./dev ops ledger load <file>` sends it as the office). Responsible units must be agencies of the city: each reports its own measures.
         */
        put: operations["loadPolicyLedger"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-tasks/measures/{measureId}/progress/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A responsible unit's progress on its measure for a period (双周进展情况): the first report, or a correction stored as the next version with the changes audited; the same report again stores nothing. Taken after the due date too, marked late
         * @description Permission: `policy-tasks:report`
         */
        put: operations["reportPolicyProgress"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-tasks/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The overdue list (逾期未报送): every report owed for a period due before the date with nothing filed, oldest period first. The office sees every unit, an agency its own
         * @description Permission: `policy-tasks:read`
         */
        get: operations["listPolicyOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-tasks/reminders/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reminder of a day: the periods due within the ledger's working days and who still owes a report — as the daily schedule stored it, or built now for any other day (not stored). An agency sees what it owes
         * @description Permission: `policy-tasks:read`
         */
        get: operations["getPolicyReminder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/guarantee-fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Guarantee fee for a period and its cap check (≤ 1 % up to 10 million CNY per household, ≤ 1.5 % above; reliefs); a fee over the cap is refused (422 naming feeRate)
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateGuaranteeFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/fee-subsidy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Guarantee fee-rate subsidy (担保费率补差): (break-even rate − actual rate) × amount × period
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateFeeSubsidy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/risk-compensation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Risk compensation: the yearly rate of each policy version × the outstanding guaranteed balance, pro rata by the days of each year
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateRiskCompensation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/entrepreneurship-loan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Entrepreneurship guaranteed loan (创业担保贷款) interest subsidy: the borrower bears up to LPR − 150 bp; small and micro enterprises borrow at most 3 million CNY
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateEntrepreneurshipLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/ethnic-trade-loan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ethnic-trade producer (民贸民品) interest subsidy: at most 2.88 % of principal a year
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateEthnicTradeLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/patent-pledge-loan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Patent-pledge loan subsidy: 50 % of the interest actually paid, only after on-time repayment
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculatePatentPledgeLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/guarantee-leverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Guarantee leverage: outstanding guarantees ÷ net assets against the target (≥ 3×)
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateGuaranteeLeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/npl-tolerance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * NPL tolerance: small-business NPL ≤ the bank's overall NPL + 3 pp
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateNplTolerance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Up to 1,000 calculations of any programs in one call; every row answered, bad rows with their field errors
         * @description Permission: `subsidy:calculate`
         */
        post: operations["calculateBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guarantees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A guarantor's guarantees by status, then start date; a guarantor sees only its own, finance and the coordinator name one
         * @description Permission: `guarantee:read`
         */
        get: operations["listGuarantees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guarantees/{guaranteeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A guarantee with its repayments, default and entitlement lines; a guarantor sees only its own
         * @description Permission: `guarantee:read`
         */
        get: operations["getGuarantee"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guarantees/{guaranteeId}/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The guarantor reports a repayment: the amount is released from the outstanding balance on that day; at zero the guarantee is REPAID
         * @description Permission: `guarantee:report`
         */
        post: operations["reportRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/guarantees/{guaranteeId}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The guarantor reports the borrower's default: the balance stops accruing on that day
         * @description Permission: `guarantee:report`
         */
        post: operations["reportDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly subsidy ledger: per program the pre-allocated amount, the actuals accrued and the settlement (actual − pre-allocated), with a page of lines
         * @description Permission: `ledger:read`
         */
        get: operations["getLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/{year}/pre-allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Finance sets the year's pre-allocation (当年预拨) per program, while the year is OPEN; programs left out are zero
         * @description Permission: `ledger:approve`
         */
        put: operations["setPreAllocations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/{year}/settlement-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finance proposes the settlement (下年清算) of a past year: the figures are frozen as of now; proposing again refreshes them
         * @description Permission: `ledger:approve`
         */
        post: operations["proposeSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/{year}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finance approves the proposed settlement; nothing of the year changes after that
         * @description Permission: `ledger:approve`
         */
        post: operations["approveSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subsidy-policy/program-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a program version (a new fee cap, rate or limit) from its effective date, without a release; it ends the version in force the day before
         * @description Permission: `subsidy-policy:publish`
         *
         *     The body is a version as the city file holds it (`subsidy.programs` in cities/city.schema.json). No back-dating: `effectiveFrom` is today or later, after every version of the program already published; a published version is open-ended (the next one ends it) and is never edited. Calculations dated before it keep the version they had. Every process uses it within a minute.
         */
        post: operations["publishProgramVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subsidy-policy/lpr/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A month's loan prime rates (LPR, published around the 20th), in force from that month
         * @description Permission: `subsidy-policy:publish`
         */
        put: operations["publishLprQuote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subsidy-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The subsidy policy in force (the city file with what was published since) and the publication history
         * @description Permission: `subsidy-policy:read`
         */
        get: operations["getSubsidyPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as an OpenAPI 3.1 document */
        get: operations["openapiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Human-readable API documentation
         * @description The API reference, rendered in the browser from /openapi.json by Scalar (grouped by tag, with schemas, examples and search, in Chinese or English), with links to the guide. Its scripts come from /docs/assets.
         */
        get: operations["apiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A script of the docs page, served from its npm package (never a CDN)
         * @description The file names /docs links carry the version or a hash of the content, so each is cached for a year. Sent gzip-compressed when the request accepts gzip.
         */
        get: operations["asset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The guide: who may call what, each role’s workflow, the state machines, the errors
         * @description docs/guide.md as HTML (Chinese and English); its tables are generated from the code.
         */
        get: operations["guide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/guide/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document the guide links (`imports`: CSV and Excel columns; `policy-rules`; `api-docs`), as HTML */
        get: operations["guidePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The office console (控制台), a web application in Chinese; it calls this API with the signed-in key */
        get: operations["console"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/config.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the console sends a person to sign in (OpenID Connect issuer, client id, scope)
         * @description The console reads it at start: with it, people sign in with the authorization code flow and PKCE; without it (a stack without an OpenID provider, 404) only an API key can be used. Deployed, the city domain serves this file from the console bucket.
         */
        get: operations["consoleConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/console/assets/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A script or style of the console, by its content-hashed name */
        get: operations["consoleAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @description Stable URI naming the kind of problem, e.g. /problems/validation */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            requestId: string;
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        ImportJob: {
            jobId: string;
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed";
            totalRows: number;
            processedRows: number;
            acceptedRows: number;
            rejectedRows: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            completedAt?: string;
            createdBy: {
                clientId: string;
                orgId: string;
            };
        };
        ImportRowResult: {
            /** @description The row: for JSON its 1-based position in `rows`; for CSV and .xlsx the row as a spreadsheet numbers it (the header is row 1, so the first data row is 2) */
            row: number;
            /** @enum {string} */
            outcome: "registered" | "updated" | "created" | "corrected" | "unchanged" | "rejected";
            uscc?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        CreditRecordSubmission: {
            /** @constant */
            category: "registration";
            /** @description 市场主体注册登记 */
            facts: {
                /** @description Registration authority (登记机关) */
                authority: string;
                /** Format: date */
                registeredOn: string;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                registeredCapitalFen?: number;
                legalForm?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "administrative-licence";
            /** @description 行政许可; validity is the envelope expiresOn */
            facts: {
                authority: string;
                licenceNo: string;
                licenceName: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "administrative-penalty";
            /** @description 行政处罚 */
            facts: {
                /** @description Deciding authority (作出决定的机关) */
                authority: string;
                /** @description Decision document number (决定书文号) */
                decisionNo: string;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                reason: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "court-judgment";
            /** @description 司法判决及执行 (涉法涉诉) */
            facts: {
                /** @example (2024)川1702民初1234号 */
                caseNo: string;
                court: string;
                /** @enum {string} */
                role: "plaintiff" | "defendant";
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /** @enum {string} */
                status: "pending" | "judged" | "in-enforcement" | "closed";
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "dishonest-judgment-debtor";
            /** @description 失信被执行人 */
            facts: {
                caseNo: string;
                court: string;
                /** Format: date */
                listedOn: string;
                /**
                 * Format: date
                 * @description Removal from the list; the record stops counting on this day
                 */
                delistedOn?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "serious-illegal-dishonest";
            /** @description 严重违法失信名单 */
            facts: {
                listingAuthority: string;
                /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                reason: string;
                /** Format: date */
                listedOn: string;
                /** Format: date */
                removedOn?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "abnormal-operation";
            /** @description 经营异常名录 */
            facts: {
                /**
                 * @description 未按期公示年报 / 未按责令公示 / 公示信息隐瞒真实情况、弄虚作假 / 通过登记住所无法联系
                 * @enum {string}
                 */
                reason: "annual-report-not-filed" | "disclosure-not-made" | "false-disclosure" | "unreachable-at-address";
                /** Format: date */
                listedOn: string;
                /** Format: date */
                removedOn?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "debt-evasion";
            /** @description 逃废债 */
            facts: {
                creditor: string;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                description: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "tax-credit-rating";
            /** @description 纳税信用等级 for an evaluation year */
            facts: {
                year: number;
                /** @enum {string} */
                grade: "A" | "B" | "M" | "C" | "D";
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "tax-payment";
            /** @description Taxes paid in a year */
            facts: {
                year: number;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "social-insurance-arrears";
            /** @description 社会保险费 / 住房公积金 欠缴 */
            facts: {
                /** @enum {string} */
                kind: "social-insurance" | "housing-fund";
                monthsInArrears: number;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /**
                 * Format: date
                 * @description Arrears paid up; the record stops counting on this day
                 */
                settledOn?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "utility-arrears";
            /** @description 水电气 欠费 */
            facts: {
                /** @enum {string} */
                utility: "water" | "electricity" | "gas";
                monthsInArrears: number;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /** Format: date */
                settledOn?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "environmental-penalty";
            /** @description 生态环境 行政处罚 */
            facts: {
                /** @description Deciding authority (作出决定的机关) */
                authority: string;
                /** @description Decision document number (决定书文号) */
                decisionNo: string;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                reason: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "collateral-registration";
            /** @description 不动产 / 动产 抵质押登记 */
            facts: {
                /** @enum {string} */
                kind: "real-estate-mortgage" | "movable-property-mortgage" | "equity-pledge" | "receivables-pledge" | "ip-pledge";
                creditor: string;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen: number;
                /** Format: date */
                registeredOn: string;
                /**
                 * Format: date
                 * @description Release (注销); the record stops counting on this day
                 */
                releasedOn?: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "honour";
            /** @description 荣誉表彰 */
            facts: {
                title: string;
                /** @enum {string} */
                level: "national" | "provincial" | "city";
                year: number;
                awardedBy: string;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "policy-support";
            /** @description 政策支持 (subsidy, award, pilot status) */
            facts: {
                programme: string;
                grantedBy: string;
                year: number;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                amountFen?: number;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "intellectual-property";
            /** @description 知识产权: holdings as counts on occurredOn */
            facts: {
                /** @default 0 */
                inventionPatents: number;
                /** @default 0 */
                utilityModelPatents: number;
                /** @default 0 */
                designPatents: number;
                /** @default 0 */
                trademarks: number;
                /** @default 0 */
                softwareCopyrights: number;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        } | {
            /** @constant */
            category: "import-export";
            /** @description 进出口 values in a year */
            facts: {
                year: number;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                exportsFen: number;
                /**
                 * @description Amount in integer fen (1 CNY = 100 fen)
                 * @example 500000
                 */
                importsFen: number;
            };
            /** @description The supplying agency's own id for the record; resubmitting it corrects the record */
            sourceRecordId: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
             * @example 91350100M000100Y43
             */
            uscc: string;
            /**
             * Format: date
             * @description When the conduct or event happened (decision date, listing date, year end…)
             */
            occurredOn: string;
            /**
             * Format: date
             * @description End of the conduct; negative records count for the retention period after it
             */
            conductEndedOn?: string;
            /**
             * Format: date
             * @description First day the record counts; defaults to occurredOn
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description First day the record no longer counts (exclusive end)
             */
            expiresOn?: string;
            /** @description Agency-internal reference to the evidence; never shown to banks; personal identifiers in it are stored masked */
            evidenceRef: string;
        };
        /** @description A bank sees evaluation, flags and summarised facts; the office and supervising agencies also see the records */
        CreditProfileView: {
            uscc: string;
            score: number;
            grade: string;
            modelVersion: string;
            /** Format: date */
            asOf: string;
            hardStop: boolean;
            flags: {
                [key: string]: unknown;
            };
            factors: {
                id: string;
                label: string;
                contribution: number;
                records: ({
                    category: string;
                    occurredOn: string;
                } & {
                    [key: string]: unknown;
                })[];
            }[];
            facts: {
                [key: string]: unknown;
            };
            enterpriseRegistered: boolean;
            /** @enum {string} */
            view: "bank" | "full";
        } & {
            [key: string]: unknown;
        };
        /** @description A declaration (申报清单) with its screening, reviews and state */
        Declaration: {
            id: string;
            uscc: string;
            /** @enum {string} */
            state: "DECLARED" | "SCREENED" | "REVIEWED" | "RECOMMENDED" | "PUSHED" | "CREDITED" | "REJECTED" | "REPAIRING" | "REMOVED";
            version: number;
            demand: {
                [key: string]: unknown;
            };
            /** @description purpose|guaranteeType: one open declaration per enterprise per key */
            demandKey: string;
            source: {
                kind: string;
                orgId: string;
                clientId: string;
            };
            screening?: {
                /** @enum {string} */
                outcome: "pass" | "fail" | "needs-attestation";
                criteria: {
                    criterion: string;
                    label: string;
                    outcome: string;
                    reason: string;
                    records: string[];
                }[];
            } & {
                [key: string]: unknown;
            };
            keyIndustryChain: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One enterprise of a batch: the banks pushed and why, the others and why not */
        PushBatchEntry: {
            declarationId: string;
            uscc: string;
            keyIndustryChain: boolean;
            /** @enum {string} */
            status: "assigned" | "unassigned" | "excluded";
            assignedBanks: {
                bankId: string;
                rank: number | null;
                existingLender: boolean;
                products: string[];
                reasons: {
                    rule: number | "adjustment";
                    code: string;
                    refuses: boolean;
                    detail: string;
                }[];
                pushId?: string;
            }[];
            excludedBanks: {
                bankId: string;
                rank: number | null;
                existingLender: boolean;
                products: string[];
                reasons: {
                    rule: number | "adjustment";
                    code: string;
                    refuses: boolean;
                    detail: string;
                }[];
                pushId?: string;
            }[];
            exclusion: {
                rule: number | "adjustment";
                code: string;
                refuses: boolean;
                detail: string;
            }[];
            flags: string[];
        } & {
            [key: string]: unknown;
        };
        PushBatch: {
            batchId: string;
            /**
             * @description DRAFT: decided, nothing pushed. CONFIRMING: the confirm was accepted and its chunks are being written in the background. CONFIRMED: every push written and announced
             * @enum {string}
             */
            state: "DRAFT" | "CONFIRMING" | "CONFIRMED";
            version: number;
            maxBanksPerEnterprise: number;
            summary: {
                [key: string]: unknown;
            };
            banks: {
                bankId: string;
                capacity: number;
                load: number;
            }[];
            skipped: {
                declarationId: string;
                uscc: string;
                reason: string;
            }[];
            chunkCount?: number;
            /** Format: date */
            creditAccessUntil?: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Fixed when the confirm is accepted: the instant every push carries, who confirmed, until when the pushed banks may read the credit profile */
            confirm?: {
                /** Format: date-time */
                startedAt: string;
                by: {
                    clientId: string;
                    orgId: string;
                };
                /** Format: date */
                creditAccessUntil: string;
                /** Format: date-time */
                queuedAt?: string;
            };
            progress: components["schemas"]["PushBatchProgress"];
            /** Format: date-time */
            confirmedAt?: string;
            /** @description Once CONFIRMED: pushes written, and the declarations dropped at confirm */
            outcome?: {
                pushes: number;
                droppedDeclarationIds: string[];
            };
            links: {
                /** @description Where to read (and poll) the batch: GET /v1/push-batches/{batchId} */
                self: string;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description Where the confirm has got to: done = total (pushes: done + dropped = total) once the batch is CONFIRMED; zero while DRAFT */
        PushBatchProgress: {
            chunks: {
                /** @description Chunks of the batch: each is written in one transaction */
                total: number;
                /** @description Chunks written, announced and counted */
                done: number;
            };
            pushes: {
                /** @description Pushes the batch decided (summary.pushes) */
                total: number;
                /** @description Pushes written so far, each announced once as EnterprisePushed */
                done: number;
                /** @description Pushes not written: their declaration changed (removed, re-screened) before its chunk was confirmed */
                dropped: number;
            };
        };
        UpperLevelFigures: {
            month: string;
            generatedAt: string;
            /** @description True when served from the monthly archive */
            archived: boolean;
            declarations: components["schemas"]["DeclarationReportRow"][];
            recommendations: components["schemas"]["DeclarationReportRow"][];
            loans: components["schemas"]["LoanReportRow"][];
        };
        DeclarationReportRow: {
            declarationId: string;
            version: number;
            uscc: string;
            name?: string;
            township?: string;
            industryCode?: string;
            keyIndustryChain: boolean;
            keyIndustryChainName?: string;
            amountFen: number;
            termMonths: number;
            purpose: string;
            guaranteeType: string;
            source: string;
            visitedOn?: string;
            contactName?: string;
            /** @description Masked: 138****8000 */
            contactPhone?: string;
            createdAt: string;
            state: string;
            signedOffAt?: string;
            pushBatchId?: string;
            pushedBankIds: string[];
        };
        LoanReportRow: {
            pushId: string;
            seq: number;
            batchId: string;
            bankId: string;
            uscc: string;
            name?: string;
            declarationId?: string;
            approvedOn: string;
            amountFen: number;
            annualRatePercent: string;
            termMonths: number;
            guaranteeType: string;
            creditLoan: boolean;
        };
        /** @description A report or list entry as the coordination office sees it */
        BlacklistReport: {
            entryId: string;
            version: number;
            /** @enum {string} */
            state: "reported" | "confirmed" | "appealed" | "dismissed" | "revoked" | "merged";
            listed: boolean;
            category: string;
            description: string;
            evidenceRefs: string[];
            enterprises: string[];
            parties: ({
                partyId: string;
                /** @enum {string} */
                kind: "organisation" | "individual";
                /** @description An individual's name is masked (张*) except for the coordination office */
                name: string;
                uscc?: string;
                /** @description Masked: region code and last four (110101********1234) */
                idNumber?: string;
                /** @description Masked (138****5678) */
                phones: string[];
                /** @description Masked (****1234) */
                accounts: string[];
            } & {
                [key: string]: unknown;
            })[];
            reporter: {
                orgId: string;
                clientId: string;
                role: string;
            };
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            updatedAt: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A list entry as banks see it: masked parties, criteria met; never the reporter or the evidence */
        BlacklistEntry: {
            entryId: string;
            version: number;
            /** @enum {string} */
            status: "confirmed" | "appealed" | "revoked";
            category?: string;
            parties?: ({
                partyId: string;
                /** @enum {string} */
                kind: "organisation" | "individual";
                /** @description An individual's name is masked (张*) except for the coordination office */
                name: string;
                uscc?: string;
                /** @description Masked: region code and last four (110101********1234) */
                idNumber?: string;
                /** @description Masked (138****5678) */
                phones: string[];
                /** @description Masked (****1234) */
                accounts: string[];
            } & {
                [key: string]: unknown;
            })[];
            enterprises?: string[];
            criteriaMet?: {
                code: string;
                text: string;
            }[];
            reasons?: string;
            /** Format: date-time */
            listedAt?: string;
            /** Format: date-time */
            revokedAt?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Per party: hit, possible hit or clear, with the matched entries and why */
        Screening: {
            screeningId: string;
            version: number;
            application: {
                uscc: string;
                declarationId?: string;
            };
            /** @enum {string} */
            outcome: "hit" | "possible-hit" | "clear";
            parties: {
                index: number;
                role: string;
                party: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                outcome: "hit" | "possible-hit" | "clear";
                matches: {
                    entryId: string;
                    partyIds: string[];
                    matchedFields: string[];
                    score: number;
                    strong: boolean;
                    explanation: string;
                }[];
            }[];
            hitEntryIds: string[];
            decisions: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            at: string;
        } & {
            [key: string]: unknown;
        };
        BlacklistKeyVersions: {
            current: string;
            versions: {
                keyVersion: string;
                current: boolean;
                /** @description In the keyring: screening still hashes under it */
                live: boolean;
                listed: number;
                reported: number;
                identifiers: number;
            }[];
            /** @description Older live versions no listed entry or report holds any more */
            retirable: string[];
            /** @description Reports made during the re-keying window whose identifiers are not yet applied */
            pendingRekeyHints: number;
        };
        /** @description One enterprise pushed to the calling bank, and its progress */
        BankPush: {
            pushId: string;
            batchId: string;
            uscc: string;
            bankId: string;
            /** Format: date-time */
            pushedAt: string;
            /**
             * Format: date
             * @description The day the bank received the credit application: the push date when the declaration is the application, else the day the bank recorded (`application-received`)
             */
            applicationOn?: string;
            /**
             * Format: date
             * @description The last day the bank may read the card and the credit profile for this push
             */
            creditAccessUntil?: string;
            /** @enum {string} */
            status: "PUSHED" | "CONTACTED" | "MATERIALS_COMPLETE" | "APPROVED" | "REJECTED" | "DISBURSED";
            progress: {
                [key: string]: unknown;
            };
            deadlines: components["schemas"]["PushDeadline"][];
            /** @description A running deadline has passed */
            overdue: boolean;
            history: {
                seq: number;
                type: string;
                /** Format: date-time */
                at: string;
            }[];
            version: number;
            links: {
                card: string;
                creditProfile: string;
            };
        };
        PushDeadline: {
            /**
             * @description `decision-30-days`: decide within 30 calendar days of complete materials (seed 001 §三(二)); `no-loan-5-working-days`: answer a no-loan household’s credit application within 5 working days (seed 003 §五)
             * @enum {string}
             */
            kind: "decision-30-days" | "no-loan-5-working-days";
            /**
             * Format: date
             * @description The day the clock started (it does not count)
             */
            from: string;
            /**
             * Format: date
             * @description The last on-time day, inclusive (Asia/Shanghai)
             */
            due: string;
            /** @description True when a year the count crosses has no holiday calendar yet: weekends only were skipped; the date becomes exact when ops load the year */
            provisional: boolean;
            /** @description True from the day after `due` while no decision is recorded */
            overdue: boolean;
        };
        /** @description The push card with its live status and deadlines */
        BankPushCard: {
            pushId: string;
            batchId: string;
            bankId: string;
            /** Format: date-time */
            pushedAt: string;
            /** @enum {string} */
            status: "PUSHED" | "CONTACTED" | "MATERIALS_COMPLETE" | "APPROVED" | "REJECTED" | "DISBURSED";
            /** Format: date */
            creditAccessUntil?: string;
            card: components["schemas"]["PushCard"];
            deadlines: components["schemas"]["PushDeadline"][];
            overdue: boolean;
            links: {
                push: string;
                progress: string;
                creditProfile: string;
            };
        };
        /** @description What the pushed bank needs to contact the enterprise and act */
        PushCard: {
            /** @description The declaration (申报) this push carries */
            declarationId: string;
            enterprise: {
                /** @description 统一社会信用代码 (GB 32100-2015) */
                uscc: string;
                /** @description 名称, as registered */
                name: string;
                /** @description enterprise | individual-business | farmers-cooperative | family-farm (企业/个体工商户/农民合作社/家庭农场) */
                entityType: string;
                township: {
                    /** @description 9-digit township/street code (乡镇/街道) */
                    code: string;
                    /** @description Its name in the city file; the code when unknown */
                    name: string;
                };
                /** @description GB/T 4754-2017 industry code */
                industryCode: string;
                /** @description large | medium | small | micro (工信部联企业〔2011〕300号); absent when not derivable */
                sizeClass?: string;
                keyIndustryChain: {
                    /** @description 重点产业链 enterprise: pushed first (seed 001 §二(二)) */
                    marked: boolean;
                    /** @description The chain's name, when the registry gives one */
                    chain?: string;
                };
            };
            /** @description Absent when the declaration named no contact: ask the visiting officer */
            contact?: {
                /** @description Who the enterprise named for financing (融资联系人) */
                name: string;
                /** @description Their phone, as given with the declaration; personal information: use it for this push only */
                phone: string;
            };
            demand: {
                /** @description Amount wanted, in fen (1 CNY = 100 fen) */
                amountFen: number;
                /** @description Term wanted, in months */
                termMonths: number;
                /** @description working-capital | equipment | technology-upgrade | expansion | agricultural-production | trade-settlement | other */
                purpose: string;
                /** @description What the money is for, in the enterprise’s words */
                purposeDetail: string;
                /** @description Security offered: credit (信用, none) | surety | government-guarantee | mortgage | pledge */
                guaranteeType: string;
                /** @description The enterprise asks for an unsecured (信用) loan */
                creditLoanWanted: boolean;
                /** @description What it can pledge or mortgage */
                collateral?: string;
                /** @description Banks it prefers, in its order */
                preferredBankIds: string[];
                /** @description Products it asked for, in its order */
                preferredProductNames: string[];
                /** @description Its own wishes (timing, contact, concerns): respect them (seed 001 §三(一)) */
                wishes?: string;
                /** @description True when the declaration is the enterprise’s credit application, so the push is the bank receiving it (a no-loan household’s 5-working-day clock starts on the push date); false when the enterprise applies to the bank after contact (the bank records `application-received`) */
                creditApplication: boolean;
            };
            match: {
                /** @description This bank’s rank among the banks pushed the enterprise in the batch (1 = first) */
                rank: number;
                /** @description How many banks were pushed the enterprise in this batch (at most 3, seed 001 §三(一)) */
                banksInBatch: number;
                /** @description This bank already lends to the enterprise (pushed first, seed 001 §三(一)) */
                existingLender: boolean;
                /** @description This bank’s products that take the demand (amount, term, security) */
                products: string[];
                /** @description Why this bank was chosen: existing relationship, the enterprise’s wishes, product fit, a coordinator’s recorded reason */
                reasons: {
                    code: string;
                    detail: string;
                }[];
            };
            referral: {
                /**
                 * @description How the demand reached the list
                 * @enum {string}
                 */
                kind: "agency-visit" | "bank-referral" | "coordination-office";
                orgId: string;
                /** @description The township, department, bank or office that recorded it: the contact for questions */
                orgName: string;
                visit?: {
                    /** @description The visiting officer (走访人) */
                    visitedBy: string;
                    /** Format: date */
                    visitedOn: string;
                    place: string;
                };
            };
            /** @description The five screening criteria (5项标准), all passed; the records behind them are not shared */
            screening: {
                /** @description compliant-operation | fixed-premises | genuine-need | good-credit | lawful-purpose */
                criterion: string;
                /** @description The criterion as seed 001 §二(一) names it (合规持续经营 …) */
                label: string;
                /** @constant */
                outcome: "pass";
                /**
                 * @description `data`: registry or credit data decided it; `attested`: a reviewing department confirmed it
                 * @enum {string}
                 */
                basis: "data" | "attested";
                /** @description The department that confirmed it, by name */
                attestedBy?: string;
            }[];
        };
        /** @description One step of a bank's progress on a push */
        PushProgressEvent: {
            /** @constant */
            type: "contacted";
            /** Format: date */
            contactedOn: string;
            /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
            note?: string;
        } | {
            /** @constant */
            type: "application-received";
            /**
             * Format: date
             * @description The day the bank received the credit application (授信申请)
             */
            receivedOn: string;
        } | {
            /** @constant */
            type: "materials-complete";
            /** Format: date */
            completedOn: string;
        } | {
            /** @constant */
            type: "approved";
            /** Format: date */
            approvedOn: string;
            /** @description Amount in fen (1 CNY = 100 fen), an integer */
            amountFen: number;
            annualRatePercent: string;
            termMonths: number;
            /** @enum {string} */
            guaranteeType: "credit" | "surety" | "government-guarantee" | "mortgage" | "pledge" | "combined";
            /** @description 信用贷款: counted in the credit-loan share */
            creditLoan: boolean;
            guarantee?: {
                guarantorId: string;
                feeRatePercent: string;
            };
            /**
             * @description A subsidised loan programme the loan is made under
             * @enum {string}
             */
            subsidyProgram?: "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
        } | {
            /** @constant */
            type: "rejected";
            /** Format: date */
            rejectedOn: string;
            reasonCodes: string[];
            /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
            reasonText: string;
            repairSuggestions: string[];
        } | {
            /** @constant */
            type: "disbursed";
            /** Format: date */
            disbursedOn: string;
            /** @description Amount in fen (1 CNY = 100 fen), an integer */
            amountFen: number;
        };
        HolidayCalendarStatus: {
            years: {
                year: string;
                /** @enum {string} */
                source: "city-file" | "loaded";
                holidays: string[];
                makeUpWorkdays: string[];
                notice?: {
                    [key: string]: string;
                };
                /** Format: date-time */
                loadedAt?: string;
                loadedBy?: string;
            }[];
            /** Format: date */
            coveredUntil?: string;
            daysLeft?: number;
            /** @description The last loaded year ends within 60 days (or nothing is loaded) */
            warning: boolean;
            message: string;
        };
        /** @description One notice to one bank, and its delivery attempts */
        Delivery: {
            deliveryId: string;
            bankId: string;
            /** @enum {string} */
            channel: "sqs" | "webhook";
            type: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "parked" | "endpoint-disabled";
            attempts: number;
            round: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            nextAttemptAt?: string;
            /** Format: date-time */
            deliveredAt?: string;
            log: {
                attempt: number;
                round: number;
                at: string;
                result: unknown;
            }[];
        };
        /** @description Figures over an inclusive range of Shanghai business dates, per group (sorted by key, unattributed last) and in total */
        MonitoringSummary: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            groupBy: "industry" | "township" | "bank";
            groups: {
                /** @description Township code, GB/T 4754 section letter or bank id; `unattributed` for facts without that dimension (declared/recommended have no bank) */
                key: string;
                label: string;
                measures: components["schemas"]["MonitoringMeasures"];
            }[];
            totals: components["schemas"]["MonitoringMeasures"];
        };
        /** @description The monitoring figures of one group or of all */
        MonitoringMeasures: {
            /** @description Declarations recorded (申报清单), first versions dated in the range */
            declared: number;
            /** @description Sign-offs into the recommendation list (推荐清单) */
            recommended: number;
            /** @description Pushes to banks (an enterprise pushed to 3 banks counts 3) */
            pushed: number;
            /** @description Pushes the bank reported contacting */
            contacted: number;
            /** @description Approved pushes (授信) and amount; a re-approved push counts its latest approval in the range */
            approved: {
                count: number;
                /** @description Integer fen as a decimal string (bigint-safe) */
                amountFen: string;
            };
            rejected: number;
            /** @description Pushes with a disbursement (放款), and every tranche disbursed in the range */
            disbursed: {
                count: number;
                /** @description Integer fen as a decimal string (bigint-safe) */
                amountFen: string;
            };
            /** @description Distinct approved enterprises tagged no-loan household (无贷户) when approved: first loans */
            firstLoanHouseholds: number;
            creditLoan: {
                count: number;
                /** @description Integer fen as a decimal string (bigint-safe) */
                amountFen: string;
                sharePercentOfCount: string | null;
                /** @description Credit-loan amount / approved amount × 100, 2 places half-up; null without approvals */
                sharePercentOfAmount: string | null;
            };
            averageRatePercent: {
                /** @description Σ(amount × rate) / Σ amount, 4 places half-up */
                amountWeighted: string | null;
                /** @description Σ rate / approvals, 4 places half-up */
                simpleMean: string | null;
            };
            /** @description Pushes whose decision deadline passed unanswered, counted the day after due */
            deadlineBreaches: number;
        };
        ShouldBeInEntry: {
            uscc: string;
            township: string;
            industryCode: string;
            /** @description GB/T 4754 section letter */
            industry: string;
            entityType: string;
            sizeClass: string | null;
            keyIndustryChain: boolean;
            noLoanHousehold: boolean;
            enterpriseVersion: number;
        };
        ShouldBeLentEntry: {
            pushId: string;
            batchId: string;
            uscc: string;
            bankId: string;
            township: string | null;
            /** Format: date */
            pushedOn: string;
            daysSincePush: number;
            /** @enum {string} */
            latestStage: "pushed" | "contacted" | "materials-complete" | "approved" | "rejected" | "disbursed";
            rejectedWithoutReason: boolean;
            deadline: {
                kind: string;
                /** Format: date */
                due: string;
                /** @enum {string} */
                status: "nearing" | "breached";
            } | null;
        };
        /** @description The weekly bulletin (周通报) as stored */
        MonitoringBulletin: {
            /** Format: date */
            weekStart: string;
            /** Format: date */
            weekEnd: string;
            /** Format: date-time */
            generatedAt: string;
            summaries: {
                township: components["schemas"]["MonitoringSummary"];
                industry: components["schemas"]["MonitoringSummary"];
                bank: components["schemas"]["MonitoringSummary"];
            };
            gaps: {
                shouldBeIn: {
                    total: number;
                    byTownship: {
                        key: string;
                        label: string;
                        count: number;
                    }[];
                };
                shouldBeLent: {
                    total: number;
                    byBank: {
                        key: string;
                        label: string;
                        count: number;
                    }[];
                };
            };
        };
        /** @description One version of a bank return (corrections are new versions) */
        BankReturnVersion: {
            bankId: string;
            month: string;
            version: number;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: {
                clientId: string;
                orgId: string;
                role: string;
            };
            figures: components["schemas"]["BankReturnFigures"];
        };
        /** @description A bank's monthly figures for the city: all loans, enterprise loans and the categories the targets are set on; a part never exceeds its total */
        BankReturnFigures: {
            /** @description 各项贷款 */
            allLoans: {
                /** @description Month-end balance (余额), fen */
                balanceFen: string;
                /** @description Borrowers with a balance at month end (户数) */
                borrowers: number;
                /** @description Loans disbursed in the month (当月新发放), fen */
                newLoansFen: string;
                newLoansCount: number;
                /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                newLoansRatePercent: string | null;
            };
            /** @description 企业贷款 */
            enterpriseLoans: {
                /** @description Month-end balance (余额), fen */
                balanceFen: string;
                /** @description Borrowers with a balance at month end (户数) */
                borrowers: number;
                /** @description Loans disbursed in the month (当月新发放), fen */
                newLoansFen: string;
                newLoansCount: number;
                /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                newLoansRatePercent: string | null;
            };
            categories: {
                /** @description 民营企业贷款 */
                privateEnterprise: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
                /** @description 普惠型小微企业贷款（单户授信1000万元(含)以下） */
                inclusiveSmallMicro: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
                /** @description 信用贷款 */
                creditLoans: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
                /** @description 首贷户贷款 */
                firstLoanHouseholds: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
                /** @description 无还本续贷 */
                renewalsWithoutRepayment: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
                /** @description 个体工商户贷款 */
                individualBusinesses: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
                /** @description 中型企业贷款 */
                mediumEnterprises: {
                    /** @description Month-end balance (余额), fen */
                    balanceFen: string;
                    /** @description Borrowers with a balance at month end (户数) */
                    borrowers: number;
                    /** @description Loans disbursed in the month (当月新发放), fen */
                    newLoansFen: string;
                    newLoansCount: number;
                    /** @description Amount-weighted annual rate of the month's new loans, percent; null without new loans */
                    newLoansRatePercent: string | null;
                };
            };
        };
        BankReturnRowResult: {
            /** @description The row as the spreadsheet numbers it */
            row: number;
            /** @description The line of the return the row fills; null when unknown */
            line: string | null;
            /** @enum {string} */
            status: "ok" | "error";
            errors: {
                /** @description The column header, e.g. 余额(元) */
                column: string;
                /** @description The field of the JSON return, e.g. categories.creditLoans.balanceFen */
                path: string;
                message: string;
            }[];
        };
        BankReturnUpload: {
            version: components["schemas"]["BankReturnVersion"];
            rows: components["schemas"]["BankReturnRowResult"][];
        };
        /** @description The latest version and every version, oldest first */
        BankReturn: {
            latest: components["schemas"]["BankReturnVersion"];
            history: components["schemas"]["BankReturnVersion"][];
        };
        BankReturnsOfMonth: {
            month: string;
            returns: components["schemas"]["BankReturnVersion"][];
            missing: string[];
        };
        /** @description 按月通报: banks ranked by fewest misses, then most targets met (equal banks share a rank) */
        MonthlyNotice: {
            month: string;
            /** @description Growth is measured from this December (年初) */
            baseMonth: string;
            /** @description The version of monitoring.targets in force for the month; null if none */
            targets: unknown;
            banks: {
                rank: number;
                bankId: string;
                name: string;
                category: string;
                /** @description The return version judged */
                version: number;
                indicators: components["schemas"]["BankIndicators"];
                checks: components["schemas"]["TargetCheck"][];
                met: number;
                missed: string[];
            }[];
            /** @description The submitted banks summed; null before any return */
            city: {
                banks: number;
                indicators: components["schemas"]["BankIndicators"];
                checks: components["schemas"]["TargetCheck"][];
            } | null;
            /** @description Banks without a return for the month */
            missing: string[];
        };
        /** @description Percent, 2 places half up (targets are judged on the exact ratio) */
        BankIndicators: {
            /** @description Private-enterprise / enterprise loans, balances */
            privateEnterpriseSharePercent: string | null;
            /** @description Credit loans / enterprise loans, balances */
            creditLoanSharePercent: string | null;
            /** @description Inclusive small-micro balance over last December's; null without that return */
            inclusiveSmallMicroGrowthPercent: string | null;
            allLoansGrowthPercent: string | null;
            /** @description Inclusive small-micro borrowers less last December's */
            inclusiveBorrowersChange: number | null;
        };
        /** @description One target judged, with the seed clause it comes from (docs/policy-rules.md M1–M4) */
        TargetCheck: {
            /** @enum {string} */
            target: "private-enterprise-share" | "credit-loan-share" | "inclusive-growth" | "two-increases-growth" | "two-increases-borrowers";
            citation: {
                seed: string;
                section: string;
            };
            value: string | null;
            /** @enum {string} */
            comparison: ">" | "≥";
            threshold: string | null;
            /** @enum {string} */
            status: "met" | "missed" | "not-assessed";
            reason?: string;
        };
        /** @description 月报: activity per bank and day, and the monthly notice */
        MonthlyReport: {
            month: string;
            /** Format: date */
            from: string;
            /**
             * Format: date
             * @description The last day of the month, or today for the current month
             */
            to: string;
            /** Format: date-time */
            generatedAt: string;
            trend: {
                /** Format: date */
                on: string;
                declared: number;
                recommended: number;
                pushed: number;
                approved: number;
                /** @description Integer fen as a decimal string (bigint-safe) */
                approvedAmountFen: string;
            }[];
            /** @description The month's figures per bank */
            activity: components["schemas"]["MonitoringSummary"];
            notice: components["schemas"]["MonthlyNotice"];
            missingBanks: {
                bankId: string;
                name: string;
            }[];
        };
        /** @description 日调度: one day's figures per township and per bank (deadlineBreaches: pushes overdue that day) and the gap lists as they stand */
        DailyDispatch: {
            /** Format: date */
            date: string;
            /** Format: date-time */
            generatedAt: string;
            byTownship: components["schemas"]["MonitoringSummary"];
            byBank: components["schemas"]["MonitoringSummary"];
            gaps: {
                shouldBeIn: {
                    total: number;
                    byTownship: {
                        key: string;
                        label: string;
                        count: number;
                    }[];
                };
                shouldBeLent: {
                    total: number;
                    byBank: {
                        key: string;
                        label: string;
                        count: number;
                    }[];
                };
            };
        };
        /** @description A stored version of the ledger */
        PolicyLedger: {
            /** @description The plan the ledger implements */
            title: string;
            reporting: {
                /**
                 * @description Due days of each month, ascending (seed 003: "每月10日和25日"); a day a month lacks is its last day
                 * @default [
                 *       10,
                 *       25
                 *     ]
                 */
                daysOfMonth: number[];
                /**
                 * Format: date
                 * @description Reports are owed for the periods due on or after this day
                 */
                startsOn: string;
                /**
                 * @description Remind what is due within this many working days (an operational setting)
                 * @default 3
                 */
                reminderWorkingDays: number;
            };
            measures: components["schemas"]["PolicyMeasure"][];
            version: number;
            loadedAt: string;
            loadedBy: {
                clientId: string;
                orgId: string;
            };
        };
        /** @description One measure of the ledger (one row of the attachment) */
        PolicyMeasure: {
            /** @description The measure id in the ledger file, e.g. Q-13 (全面清单 13) or Z-4 (重点清单 4) */
            id: string;
            /**
             * @description comprehensive: 全面清单 (attachment 2); key: 重点清单 (attachment 3)
             * @enum {string}
             */
            list: "comprehensive" | "key";
            /** @description 序号 within its list */
            seq: number;
            /** @description 工作要求: the heading the measure falls under */
            requirement: string;
            /** @description 主要任务 */
            mainTask: string;
            /**
             * @description 完成时限, as the plan writes it (e.g. 4月末前形成工作方案；6月末前完成)
             * @default
             */
            deadline: string;
            /**
             * @description 细化举措
             * @default
             */
            actions: string;
            /**
             * @description 年度目标和效果
             * @default
             */
            yearlyTarget: string;
            /** @description 责任单位: agency organisation ids of the city; each reports progress on the measure */
            responsible: string[];
            /**
             * @description 配合单位: organisation ids of the city, or names of units outside it (各银行机构)
             * @default []
             */
            cooperating: string[];
        };
        /** @description The city ledger file (cities/<city>.policy-tasks.json) */
        PolicyLedgerInput: {
            /** @description The plan the ledger implements */
            title: string;
            reporting: {
                /**
                 * @description Due days of each month, ascending (seed 003: "每月10日和25日"); a day a month lacks is its last day
                 * @default [
                 *       10,
                 *       25
                 *     ]
                 */
                daysOfMonth: number[];
                /**
                 * Format: date
                 * @description Reports are owed for the periods due on or after this day
                 */
                startsOn: string;
                /**
                 * @description Remind what is due within this many working days (an operational setting)
                 * @default 3
                 */
                reminderWorkingDays: number;
            };
            measures: components["schemas"]["PolicyMeasureInput"][];
        };
        /** @description One measure of the ledger (one row of the attachment) */
        PolicyMeasureInput: {
            /** @description The measure id in the ledger file, e.g. Q-13 (全面清单 13) or Z-4 (重点清单 4) */
            id: string;
            /**
             * @description comprehensive: 全面清单 (attachment 2); key: 重点清单 (attachment 3)
             * @enum {string}
             */
            list: "comprehensive" | "key";
            /** @description 序号 within its list */
            seq: number;
            /** @description 工作要求: the heading the measure falls under */
            requirement: string;
            /** @description 主要任务 */
            mainTask: string;
            /**
             * @description 完成时限, as the plan writes it (e.g. 4月末前形成工作方案；6月末前完成)
             * @default
             */
            deadline: string;
            /**
             * @description 细化举措
             * @default
             */
            actions: string;
            /**
             * @description 年度目标和效果
             * @default
             */
            yearlyTarget: string;
            /** @description 责任单位: agency organisation ids of the city; each reports progress on the measure */
            responsible: string[];
            /**
             * @description 配合单位: organisation ids of the city, or names of units outside it (各银行机构)
             * @default []
             */
            cooperating: string[];
        };
        PolicyLedgerView: {
            title: string;
            version: number;
            loadedAt: string;
            reporting: {
                /**
                 * @description Due days of each month, ascending (seed 003: "每月10日和25日"); a day a month lacks is its last day
                 * @default [
                 *       10,
                 *       25
                 *     ]
                 */
                daysOfMonth: number[];
                /**
                 * Format: date
                 * @description Reports are owed for the periods due on or after this day
                 */
                startsOn: string;
                /**
                 * @description Remind what is due within this many working days (an operational setting)
                 * @default 3
                 */
                reminderWorkingDays: number;
            };
            /** Format: date */
            period: string;
            /**
             * Format: date
             * @description The first day of the period (the day after the previous due date)
             */
            opens: string;
            measures: {
                /** @description The measure id in the ledger file, e.g. Q-13 (全面清单 13) or Z-4 (重点清单 4) */
                id: string;
                /**
                 * @description comprehensive: 全面清单 (attachment 2); key: 重点清单 (attachment 3)
                 * @enum {string}
                 */
                list: "comprehensive" | "key";
                /** @description 序号 within its list */
                seq: number;
                /** @description 工作要求: the heading the measure falls under */
                requirement: string;
                /** @description 主要任务 */
                mainTask: string;
                /**
                 * @description 完成时限, as the plan writes it (e.g. 4月末前形成工作方案；6月末前完成)
                 * @default
                 */
                deadline: string;
                /**
                 * @description 细化举措
                 * @default
                 */
                actions: string;
                /**
                 * @description 年度目标和效果
                 * @default
                 */
                yearlyTarget: string;
                /** @description 责任单位: agency organisation ids of the city; each reports progress on the measure */
                responsible: string[];
                /**
                 * @description 配合单位: organisation ids of the city, or names of units outside it (各银行机构)
                 * @default []
                 */
                cooperating: string[];
                progress: {
                    measureId: string;
                    /** @enum {string} */
                    list: "comprehensive" | "key";
                    seq: number;
                    mainTask: string;
                    orgId: string;
                    /** Format: date */
                    period: string;
                    /**
                     * @description reported: on or before the due date; late: after it; overdue: nothing filed and the due date passed; open: not yet due
                     * @enum {string}
                     */
                    state: "reported" | "late" | "overdue" | "open";
                    /** Format: date */
                    reportedOn?: string;
                    daysLate?: number;
                    report?: components["schemas"]["PolicyProgressReport"];
                }[];
            }[];
        };
        /** @description One version of a unit's progress report */
        PolicyProgressReport: {
            measureId: string;
            /** Format: date */
            period: string;
            orgId: string;
            version: number;
            /** @enum {string} */
            status: "on-track" | "delayed" | "completed";
            progress: string;
            submittedAt: string;
            /**
             * Format: date
             * @description Shanghai date of submission; after the period is late
             */
            reportedOn: string;
            submittedBy: {
                clientId: string;
                orgId: string;
                role: string;
            };
        };
        PolicyOverdueList: {
            /** Format: date */
            asOf: string;
            items: components["schemas"]["PolicyObligation"][];
        };
        /** @description A responsible unit's report owed on a measure for a period */
        PolicyObligation: {
            measureId: string;
            /** @enum {string} */
            list: "comprehensive" | "key";
            seq: number;
            mainTask: string;
            orgId: string;
            /** Format: date */
            period: string;
            /**
             * @description reported: on or before the due date; late: after it; overdue: nothing filed and the due date passed; open: not yet due
             * @enum {string}
             */
            state: "reported" | "late" | "overdue" | "open";
            /** Format: date */
            reportedOn?: string;
            daysLate?: number;
        };
        PolicyReminder: {
            /** Format: date */
            asOf: string;
            workingDays: number;
            /** @description When the daily schedule stored it; absent: built now */
            generatedAt?: string;
            periods: {
                /** Format: date */
                period: string;
                /**
                 * Format: date
                 * @description The last working day on or before the due date (the due date stays the calendar date)
                 */
                lastWorkingDay: string;
                workingDaysLeft: number;
                /** @description A year on the way has no holiday notice loaded */
                provisional: boolean;
                outstanding: {
                    measureId: string;
                    orgId: string;
                    mainTask: string;
                }[];
            }[];
        };
        SubsidyCalculation: {
            /** @enum {string} */
            program: "guarantee-fee" | "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan" | "guarantee-leverage" | "npl-tolerance";
            policyVersion: components["schemas"]["PolicyVersionRef"];
            /** @description Exact fen as a decimal string (money programs) */
            amountFen?: string;
            /** @description The same amount in CNY, two places */
            amount?: string;
            breakdown: components["schemas"]["BreakdownLine"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The policy version a result used, with its seed citation */
        PolicyVersionRef: {
            city: string;
            /** @enum {string} */
            program: "guarantee-fee" | "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan" | "guarantee-leverage" | "npl-tolerance";
            versionId: string;
            /** Format: date */
            effectiveFrom: string;
            effectiveTo: string | null;
            citation: {
                seed: string;
                section: string;
            };
        };
        /** @description One step of the explanation; money in fen, rates as fractions */
        BreakdownLine: {
            step: string;
            formula: string;
            value: string;
        };
        /** @description A government guarantee booked from a bank approval, with its entitlements */
        Guarantee: {
            recordId: string;
            /** @constant */
            kind: "guarantee";
            guarantorId: string;
            guarantorKnown: boolean;
            pushId: string;
            uscc: string;
            bankId: string;
            principalFen: number;
            outstandingFen: number;
            feeRate: string;
            loanRate: string;
            /** Format: date */
            contractDate: string;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            /** @enum {string} */
            status: "ACTIVE" | "REPAID" | "DEFAULTED";
            repayments: ({
                reportId: string;
                /** Format: date */
                repaidOn: string;
                amountFen: number;
            } & {
                [key: string]: unknown;
            })[];
            defaulted?: {
                reportId: string;
                /** Format: date */
                defaultedOn: string;
            } & {
                [key: string]: unknown;
            };
            version: number;
            entitlements?: components["schemas"]["LedgerLine"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One entitlement: a record, a program, a calendar year */
        LedgerLine: {
            year: number;
            /** @enum {string} */
            program: "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
            recordId: string;
            /** @enum {string} */
            kind: "guarantee" | "loan";
            pushId: string;
            uscc: string;
            bankId: string;
            guarantorId?: string;
            amountFen: number;
            /** @enum {string} */
            status: "accrued" | "not-eligible" | "pending";
            reasons: string[];
            period: {
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            } | null;
            policyVersion: components["schemas"]["PolicyVersionRef"] | null;
            breakdown: components["schemas"]["BreakdownLine"][];
            recordVersion: number;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A year of the subsidy ledger (当年预拨，下年清算) */
        SubsidyLedger: {
            year: number;
            /** @enum {string} */
            state: "OPEN" | "SETTLEMENT_PROPOSED" | "APPROVED";
            version: number;
            programs: {
                preAllocatedFen: number;
                actualFen: number;
                settlementFen: number;
                /** @enum {string} */
                program: "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
            }[];
            totals: {
                preAllocatedFen: number;
                actualFen: number;
                settlementFen: number;
            };
            preAllocation?: {
                /** Format: date-time */
                at: string;
                by: {
                    clientId: string;
                    orgId: string;
                };
                figures?: {
                    programs: {
                        preAllocatedFen: number;
                        actualFen: number;
                        settlementFen: number;
                        /** @enum {string} */
                        program: "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
                    }[];
                    totals: {
                        preAllocatedFen: number;
                        actualFen: number;
                        settlementFen: number;
                    };
                };
                note?: string;
            } & {
                [key: string]: unknown;
            };
            proposal?: {
                /** Format: date-time */
                at: string;
                by: {
                    clientId: string;
                    orgId: string;
                };
                figures?: {
                    programs: {
                        preAllocatedFen: number;
                        actualFen: number;
                        settlementFen: number;
                        /** @enum {string} */
                        program: "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
                    }[];
                    totals: {
                        preAllocatedFen: number;
                        actualFen: number;
                        settlementFen: number;
                    };
                };
                note?: string;
            } & {
                [key: string]: unknown;
            };
            approval?: {
                /** Format: date-time */
                at: string;
                by: {
                    clientId: string;
                    orgId: string;
                };
                figures?: {
                    programs: {
                        preAllocatedFen: number;
                        actualFen: number;
                        settlementFen: number;
                        /** @enum {string} */
                        program: "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
                    }[];
                    totals: {
                        preAllocatedFen: number;
                        actualFen: number;
                        settlementFen: number;
                    };
                };
                note?: string;
            } & {
                [key: string]: unknown;
            };
            /** @description Actuals booked after the proposal froze the figures (late reports), to settle later */
            driftSinceProposalFen?: number;
            /** @description A page of the lines: GET /v1/ledger/{year} reads them, the steps answer without */
            lines?: components["schemas"]["LedgerLine"][];
            nextCursor?: string;
        };
        PolicyPublication: {
            /** @enum {string} */
            kind: "program-version" | "lpr";
            /** Format: date-time */
            publishedAt: string;
            publishedBy: {
                clientId: string;
                orgId: string;
            };
            version?: {
                [key: string]: unknown;
            };
            quote?: {
                month: string;
                oneYear: string;
                fiveYear: string;
            };
        };
        /** @description A program version as `subsidy.programs[]` of the city file holds it */
        ProgramVersionInput: {
            /** @enum {string} */
            program: "guarantee-fee" | "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan" | "guarantee-leverage" | "npl-tolerance";
            id: string;
            /** Format: date */
            effectiveFrom: string;
            citation: {
                seed: string;
                section: string;
            };
            params: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Not signed in: no `x-api-key` or `Authorization: Bearer` header, or a bearer token that does not verify (forged, expired, for another audience, or a person in no organisation of the city); `detail` says which, `WWW-Authenticate: Bearer error="invalid_token"` tells a browser to sign in again */
        GatewayUnauthorized: {
            headers: {
                /** @description Bearer error="invalid_token" */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
                "application/json": {
                    /** @constant */
                    message: "Unauthorized";
                };
            };
        };
        /** @description An unknown or revoked key is denied by the authorizer (API Gateway answers itself); a role without the permission gets a problem body */
        GatewayForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @constant */
                    message: "Forbidden";
                };
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The city's API as a whole is over its stage throttle: API Gateway answers itself */
        GatewayThrottled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        /** @description More requests in a minute than the client's limit (`auth.requestsPerMinute`), or the stage throttle (then API Gateway's own body) */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The path, query or body failed validation; `errors` names each field (`query.limit`, `body.rows.3.uscc`) */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A rule refuses the request (a forged or stale cursor, a value the domain does not allow); `errors` names the field */
        RuleBroken: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over the route's limit */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A media type or charset the route does not take */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A request with this Idempotency-Key is still in progress: retry later */
        IdempotencyConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unexpected; quote `requestId` when reporting it */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getEnterprise: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted */
                uscc: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enterprise */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        entityType: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                        township: string;
                        /** @example C3911 */
                        industryCode: string;
                        employees?: number;
                        annualRevenueYuan?: number;
                        totalAssetsYuan?: number;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        status: "normal" | "abnormal" | "revoked" | "deregistered";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        address?: string;
                        hasFixedPremises?: boolean;
                        /** Format: date */
                        establishedOn?: string;
                        /** @default {} */
                        tags: {
                            keyIndustryChain?: {
                                chain: string;
                            };
                            smePark?: {
                                name: string;
                                starLevel: number;
                            };
                            techInnovative?: boolean;
                            /** @description 专精特新 */
                            specialisedNew?: boolean;
                            foreignTrade?: boolean;
                            employmentAbsorbing?: boolean;
                            green?: boolean;
                            /** @description 培育库 */
                            cultivationPool?: boolean;
                            /** @description 无贷户: no bank loan yet (first-loan candidate) */
                            noLoanHousehold?: boolean;
                        };
                        /** @default [] */
                        lendingBanks: string[];
                        uscc: string;
                        district: string;
                        size: {
                            /** @enum {string} */
                            status: "classified" | "insufficient-data";
                            /** @enum {string} */
                            sizeClass?: "large" | "medium" | "small" | "micro";
                            row: {
                                id: string;
                                name: string;
                                nameZh: string;
                            };
                            reason?: string;
                            missing?: string[];
                        };
                        lendingBankCount: number;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: {
                            clientId: string;
                            orgId: string;
                        };
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not registered */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    upsertEnterprise: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                /** @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted */
                uscc: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "临山市青石精密机械有限公司",
                 *       "entityType": "enterprise",
                 *       "township": "999101002",
                 *       "industryCode": "C3484",
                 *       "employees": 46,
                 *       "annualRevenueYuan": 18600000,
                 *       "totalAssetsYuan": 21500000,
                 *       "status": "normal",
                 *       "address": "临山市东湖区青石镇工业园区纬二路8号",
                 *       "hasFixedPremises": true,
                 *       "establishedOn": "2017-05-18",
                 *       "tags": {
                 *         "keyIndustryChain": {
                 *           "chain": "高端装备制造"
                 *         },
                 *         "smePark": {
                 *           "name": "青石镇小微企业园",
                 *           "starLevel": 3
                 *         },
                 *         "specialisedNew": true,
                 *         "employmentAbsorbing": true
                 *       },
                 *       "lendingBanks": [
                 *         "bank-nh"
                 *       ]
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    entityType: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                    township: string;
                    /** @example C3911 */
                    industryCode: string;
                    employees?: number;
                    annualRevenueYuan?: number;
                    totalAssetsYuan?: number;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    status?: "normal" | "abnormal" | "revoked" | "deregistered";
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    address?: string;
                    hasFixedPremises?: boolean;
                    /** Format: date */
                    establishedOn?: string;
                    /** @default {} */
                    tags?: {
                        keyIndustryChain?: {
                            chain: string;
                        };
                        smePark?: {
                            name: string;
                            starLevel: number;
                        };
                        techInnovative?: boolean;
                        /** @description 专精特新 */
                        specialisedNew?: boolean;
                        foreignTrade?: boolean;
                        employmentAbsorbing?: boolean;
                        green?: boolean;
                        /** @description 培育库 */
                        cultivationPool?: boolean;
                        /** @description 无贷户: no bank loan yet (first-loan candidate) */
                        noLoanHousehold?: boolean;
                    };
                    /** @default [] */
                    lendingBanks?: string[];
                };
            };
        };
        responses: {
            /** @description Updated (or unchanged); ETag carries the version */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        entityType: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                        township: string;
                        /** @example C3911 */
                        industryCode: string;
                        employees?: number;
                        annualRevenueYuan?: number;
                        totalAssetsYuan?: number;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        status: "normal" | "abnormal" | "revoked" | "deregistered";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        address?: string;
                        hasFixedPremises?: boolean;
                        /** Format: date */
                        establishedOn?: string;
                        /** @default {} */
                        tags: {
                            keyIndustryChain?: {
                                chain: string;
                            };
                            smePark?: {
                                name: string;
                                starLevel: number;
                            };
                            techInnovative?: boolean;
                            /** @description 专精特新 */
                            specialisedNew?: boolean;
                            foreignTrade?: boolean;
                            employmentAbsorbing?: boolean;
                            green?: boolean;
                            /** @description 培育库 */
                            cultivationPool?: boolean;
                            /** @description 无贷户: no bank loan yet (first-loan candidate) */
                            noLoanHousehold?: boolean;
                        };
                        /** @default [] */
                        lendingBanks: string[];
                        uscc: string;
                        district: string;
                        size: {
                            /** @enum {string} */
                            status: "classified" | "insufficient-data";
                            /** @enum {string} */
                            sizeClass?: "large" | "medium" | "small" | "micro";
                            row: {
                                id: string;
                                name: string;
                                nameZh: string;
                            };
                            reason?: string;
                            missing?: string[];
                        };
                        lendingBankCount: number;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: {
                            clientId: string;
                            orgId: string;
                        };
                    };
                };
            };
            /** @description Registered */
            201: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        entityType: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                        township: string;
                        /** @example C3911 */
                        industryCode: string;
                        employees?: number;
                        annualRevenueYuan?: number;
                        totalAssetsYuan?: number;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        status: "normal" | "abnormal" | "revoked" | "deregistered";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        address?: string;
                        hasFixedPremises?: boolean;
                        /** Format: date */
                        establishedOn?: string;
                        /** @default {} */
                        tags: {
                            keyIndustryChain?: {
                                chain: string;
                            };
                            smePark?: {
                                name: string;
                                starLevel: number;
                            };
                            techInnovative?: boolean;
                            /** @description 专精特新 */
                            specialisedNew?: boolean;
                            foreignTrade?: boolean;
                            employmentAbsorbing?: boolean;
                            green?: boolean;
                            /** @description 培育库 */
                            cultivationPool?: boolean;
                            /** @description 无贷户: no bank loan yet (first-loan candidate) */
                            noLoanHousehold?: boolean;
                        };
                        /** @default [] */
                        lendingBanks: string[];
                        uscc: string;
                        district: string;
                        size: {
                            /** @enum {string} */
                            status: "classified" | "insufficient-data";
                            /** @enum {string} */
                            sizeClass?: "large" | "medium" | "small" | "micro";
                            row: {
                                id: string;
                                name: string;
                                nameZh: string;
                            };
                            reason?: string;
                            missing?: string[];
                        };
                        lendingBankCount: number;
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: {
                            clientId: string;
                            orgId: string;
                        };
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description If-Match does not match the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Valid JSON that breaks a rule (unknown township or bank) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listEnterprises: {
        parameters: {
            query?: {
                township?: string;
                /** @description GB/T 4754 code prefix, e.g. C or C39 or C3911 */
                industry?: string;
                sizeClass?: "large" | "medium" | "small" | "micro";
                entityType?: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                status?: "normal" | "abnormal" | "revoked" | "deregistered";
                /** @description e.g. no-loan-household, key-industry-chain, sme-park, lending-bank:bank-gs */
                tag?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            /** @enum {string} */
                            entityType: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                            township: string;
                            /** @example C3911 */
                            industryCode: string;
                            employees?: number;
                            annualRevenueYuan?: number;
                            totalAssetsYuan?: number;
                            /**
                             * @default normal
                             * @enum {string}
                             */
                            status: "normal" | "abnormal" | "revoked" | "deregistered";
                            /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                            address?: string;
                            hasFixedPremises?: boolean;
                            /** Format: date */
                            establishedOn?: string;
                            /** @default {} */
                            tags: {
                                keyIndustryChain?: {
                                    chain: string;
                                };
                                smePark?: {
                                    name: string;
                                    starLevel: number;
                                };
                                techInnovative?: boolean;
                                /** @description 专精特新 */
                                specialisedNew?: boolean;
                                foreignTrade?: boolean;
                                employmentAbsorbing?: boolean;
                                green?: boolean;
                                /** @description 培育库 */
                                cultivationPool?: boolean;
                                /** @description 无贷户: no bank loan yet (first-loan candidate) */
                                noLoanHousehold?: boolean;
                            };
                            /** @default [] */
                            lendingBanks: string[];
                            uscc: string;
                            district: string;
                            size: {
                                /** @enum {string} */
                                status: "classified" | "insufficient-data";
                                /** @enum {string} */
                                sizeClass?: "large" | "medium" | "small" | "micro";
                                row: {
                                    id: string;
                                    name: string;
                                    nameZh: string;
                                };
                                reason?: string;
                                missing?: string[];
                            };
                            lendingBankCount: number;
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: {
                                clientId: string;
                                orgId: string;
                            };
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "uscc": "92999101MA6P3LD0W1",
                 *           "name": "临山市东湖区李记早餐店",
                 *           "entityType": "individual-business",
                 *           "township": "999101001",
                 *           "industryCode": "H6291",
                 *           "employees": 4,
                 *           "annualRevenueYuan": 680000,
                 *           "address": "临山市东湖区东湖街道湖滨路27号",
                 *           "hasFixedPremises": true,
                 *           "establishedOn": "2019-03-12",
                 *           "tags": {
                 *             "noLoanHousehold": true
                 *           }
                 *         },
                 *         {
                 *           "uscc": "93999101MA5R8TN1Y9",
                 *           "name": "临山市青石镇云雾茶叶专业合作社",
                 *           "entityType": "farmers-cooperative",
                 *           "township": "999101002",
                 *           "industryCode": "A0164",
                 *           "employees": 12,
                 *           "annualRevenueYuan": 2400000,
                 *           "totalAssetsYuan": 3100000,
                 *           "establishedOn": "2015-08-20",
                 *           "tags": {
                 *             "green": true,
                 *             "noLoanHousehold": true
                 *           },
                 *           "lendingBanks": []
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    rows: unknown[];
                };
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Accepted; poll the job */
            202: {
                headers: {
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["IdempotencyConflict"];
            /** @description Too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A media type or charset not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    importTemplate: {
        parameters: {
            query?: {
                /** @description csv: the header row, UTF-8 with BOM; xlsx: a workbook with the header row and a sheet of notes (columns, codes, the city's townships and banks) */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template (format=csv: text/csv, UTF-8 with BOM; format=xlsx: a workbook) */
            200: {
                headers: {
                    /** @description attachment; filename="enterprise-import-template.csv" (or .xlsx) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    exportEnterprises: {
        parameters: {
            query?: {
                township?: string;
                /** @description GB/T 4754 code prefix, e.g. C or C39 or C3911 */
                industry?: string;
                sizeClass?: "large" | "medium" | "small" | "micro";
                entityType?: "enterprise" | "individual-business" | "farmers-cooperative" | "family-farm";
                status?: "normal" | "abnormal" | "revoked" | "deregistered";
                /** @description e.g. no-loan-household, key-industry-chain, sme-park, lending-bank:bank-gs */
                tag?: string;
                /** @description csv: UTF-8 with BOM (Excel opens it as is); xlsx: an Excel workbook */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enterprises (format=csv: text/csv, UTF-8 with BOM; format=xlsx: a workbook) */
            200: {
                headers: {
                    /** @description attachment; filename="enterprises-<city>-<date>.csv" (or .xlsx) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description More enterprises match than one file holds (10,000) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listImportRows: {
        parameters: {
            query?: {
                outcome?: "registered" | "updated" | "created" | "corrected" | "unchanged" | "rejected";
                cursor?: string;
            };
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Row results, in row order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportRowResult"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listOwnRecords: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    submitRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sourceRecordId": "LS-AMR-CF-2026-0112",
                 *       "category": "administrative-penalty",
                 *       "uscc": "91999101MA7G2KX5R0",
                 *       "occurredOn": "2026-10-16",
                 *       "facts": {
                 *         "authority": "临山市市场监督管理局",
                 *         "decisionNo": "临市监处罚〔2026〕112号",
                 *         "amountFen": 500000,
                 *         "reason": "部分出厂产品未按规定标注产品执行标准"
                 *       },
                 *       "evidenceRef": "行政处罚决定书 临市监处罚〔2026〕112号"
                 *     }
                 */
                "application/json": components["schemas"]["CreditRecordSubmission"];
            };
        };
        responses: {
            /** @description Corrected, or unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "created" | "corrected" | "unchanged";
                        sourceRecordId: string;
                        uscc: string;
                        version: number;
                        /** @description false: the registry does not know the enterprise yet; the record is held and attached when it appears */
                        enterpriseRegistered: boolean;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "created" | "corrected" | "unchanged";
                        sourceRecordId: string;
                        uscc: string;
                        version: number;
                        /** @description false: the registry does not know the enterprise yet; the record is held and attached when it appears */
                        enterpriseRegistered: boolean;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description The record was revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                sourceRecordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "该处罚决定已于2026年11月20日经行政复议撤销（临政复决〔2026〕31号）"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Revoked (or already revoked) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sourceRecordId: string;
                        uscc: string;
                        version: number;
                        /** @description false: the registry does not know the enterprise yet; the record is held and attached when it appears */
                        enterpriseRegistered: boolean;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such record of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    startRecordImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "sourceRecordId": "LS-AMR-XK-2026-0456",
                 *           "category": "administrative-licence",
                 *           "uscc": "91999101MA7G2KX5R0",
                 *           "occurredOn": "2026-09-08",
                 *           "expiresOn": "2031-09-08",
                 *           "facts": {
                 *             "authority": "临山市市场监督管理局",
                 *             "licenceNo": "临XK2026-0456",
                 *             "licenceName": "特种设备生产许可证（压力管道元件）"
                 *           },
                 *           "evidenceRef": "许可决定书 临市监许〔2026〕456号"
                 *         },
                 *         {
                 *           "sourceRecordId": "LS-AMR-JY-2026-0871",
                 *           "category": "abnormal-operation",
                 *           "uscc": "91999101MA1C9EF4DW",
                 *           "occurredOn": "2026-07-01",
                 *           "facts": {
                 *             "reason": "annual-report-not-filed",
                 *             "listedOn": "2026-07-01"
                 *           },
                 *           "evidenceRef": "列入经营异常名录决定书 临市监异〔2026〕871号"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    rows: unknown[];
                };
            };
        };
        responses: {
            /** @description Accepted; poll /v1/imports/{jobId} */
            202: {
                headers: {
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    readProfile: {
        parameters: {
            query: {
                purpose: "credit-assessment" | "loan-review" | "post-loan-monitoring" | "push-follow-up" | "supervision" | "coordination";
            };
            header?: never;
            path: {
                /** @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted */
                uscc: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile, as your role may see it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditProfileView"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuthorisations: {
        parameters: {
            query?: {
                state?: "pending" | "confirmed" | "declined" | "revoked" | "withdrawn";
                /** @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted */
                uscc?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of authorisations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                             * @example 91350100M000100Y43
                             */
                            uscc: unknown;
                            bankId: string;
                            /**
                             * @default [
                             *       "credit-profile"
                             *     ]
                             */
                            scope: "credit-profile"[];
                            /** @description What the enterprise lets the bank read its profile for; each read must name one of these */
                            purposes: ("credit-assessment" | "loan-review" | "post-loan-monitoring")[];
                            /** @description e.g. the loan applied for; personal identifiers in it are stored masked */
                            description?: string;
                            /**
                             * Format: date
                             * @description Not before the filing day (Asia/Shanghai): consent does not reach back
                             */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            /** @description The enterprise's signed authorisation; the office or township checks it on confirming */
                            document: {
                                /** @description SHA-256 of the scanned, signed authorisation (授权书) */
                                sha256: unknown;
                                /** Format: date */
                                signedOn: string;
                                signer: {
                                    name: string;
                                    /** @enum {string} */
                                    capacity: "legal-representative" | "authorised-agent";
                                };
                                /** @description The bank's archive reference */
                                reference?: string;
                            };
                            authorisationId: string;
                            township?: string;
                            /**
                             * @description pending: filed, not yet in effect; confirmed: the enterprise confirmed through the office or its township (in effect within its validity); declined / revoked: the enterprise refused or withdrew; withdrawn: by the bank
                             * @enum {string}
                             */
                            state: "pending" | "confirmed" | "declined" | "revoked" | "withdrawn";
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                clientId: string;
                                orgId: string;
                            };
                            confirmation?: {
                                by: {
                                    clientId: string;
                                    orgId: string;
                                    role: string;
                                };
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                method: "in-person" | "phone-callback" | "document-inspected";
                                note?: string;
                            };
                            ended?: {
                                by: {
                                    clientId: string;
                                    orgId: string;
                                    role: string;
                                };
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            };
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    recordAuthorisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91999101MA7G2KX5R0",
                 *       "bankId": "bank-nh",
                 *       "scope": [
                 *         "credit-profile"
                 *       ],
                 *       "purposes": [
                 *         "credit-assessment",
                 *         "loan-review"
                 *       ],
                 *       "description": "流动资金贷款300万元（农行小微企业流动资金贷款）",
                 *       "validFrom": "2026-12-07",
                 *       "validTo": "2027-06-06",
                 *       "document": {
                 *         "sha256": "c3f40087d27d5c0db99d9eafe11b03ba3eac1f897cc30470d722819b0f47cc07",
                 *         "signedOn": "2026-12-03",
                 *         "signer": {
                 *           "name": "陈建华",
                 *           "capacity": "legal-representative"
                 *         },
                 *         "reference": "农行临山分行授权书 NH-LS-2026-1203-017"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                     * @example 91350100M000100Y43
                     */
                    uscc: string;
                    bankId: string;
                    /**
                     * @default [
                     *       "credit-profile"
                     *     ]
                     */
                    scope?: "credit-profile"[];
                    /** @description What the enterprise lets the bank read its profile for; each read must name one of these */
                    purposes: ("credit-assessment" | "loan-review" | "post-loan-monitoring")[];
                    /** @description e.g. the loan applied for; personal identifiers in it are stored masked */
                    description?: string;
                    /**
                     * Format: date
                     * @description Not before the filing day (Asia/Shanghai): consent does not reach back
                     */
                    validFrom: string;
                    /** Format: date */
                    validTo: string;
                    /** @description The enterprise's signed authorisation; the office or township checks it on confirming */
                    document: {
                        /** @description SHA-256 of the scanned, signed authorisation (授权书) */
                        sha256: string;
                        /** Format: date */
                        signedOn: string;
                        signer: {
                            name: string;
                            /** @enum {string} */
                            capacity: "legal-representative" | "authorised-agent";
                        };
                        /** @description The bank's archive reference */
                        reference?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Filed, pending the enterprise's confirmation */
            201: {
                headers: {
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc: unknown;
                        bankId: string;
                        /**
                         * @default [
                         *       "credit-profile"
                         *     ]
                         */
                        scope: "credit-profile"[];
                        /** @description What the enterprise lets the bank read its profile for; each read must name one of these */
                        purposes: ("credit-assessment" | "loan-review" | "post-loan-monitoring")[];
                        /** @description e.g. the loan applied for; personal identifiers in it are stored masked */
                        description?: string;
                        /**
                         * Format: date
                         * @description Not before the filing day (Asia/Shanghai): consent does not reach back
                         */
                        validFrom: string;
                        /** Format: date */
                        validTo: string;
                        /** @description The enterprise's signed authorisation; the office or township checks it on confirming */
                        document: {
                            /** @description SHA-256 of the scanned, signed authorisation (授权书) */
                            sha256: unknown;
                            /** Format: date */
                            signedOn: string;
                            signer: {
                                name: string;
                                /** @enum {string} */
                                capacity: "legal-representative" | "authorised-agent";
                            };
                            /** @description The bank's archive reference */
                            reference?: string;
                        };
                        authorisationId: string;
                        township?: string;
                        /**
                         * @description pending: filed, not yet in effect; confirmed: the enterprise confirmed through the office or its township (in effect within its validity); declined / revoked: the enterprise refused or withdrew; withdrawn: by the bank
                         * @enum {string}
                         */
                        state: "pending" | "confirmed" | "declined" | "revoked" | "withdrawn";
                        /** Format: date-time */
                        recordedAt: string;
                        recordedBy: {
                            clientId: string;
                            orgId: string;
                        };
                        confirmation?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            method: "in-person" | "phone-callback" | "document-inspected";
                            note?: string;
                        };
                        ended?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        };
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getAuthorisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                authorisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authorisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc: unknown;
                        bankId: string;
                        /**
                         * @default [
                         *       "credit-profile"
                         *     ]
                         */
                        scope: "credit-profile"[];
                        /** @description What the enterprise lets the bank read its profile for; each read must name one of these */
                        purposes: ("credit-assessment" | "loan-review" | "post-loan-monitoring")[];
                        /** @description e.g. the loan applied for; personal identifiers in it are stored masked */
                        description?: string;
                        /**
                         * Format: date
                         * @description Not before the filing day (Asia/Shanghai): consent does not reach back
                         */
                        validFrom: string;
                        /** Format: date */
                        validTo: string;
                        /** @description The enterprise's signed authorisation; the office or township checks it on confirming */
                        document: {
                            /** @description SHA-256 of the scanned, signed authorisation (授权书) */
                            sha256: unknown;
                            /** Format: date */
                            signedOn: string;
                            signer: {
                                name: string;
                                /** @enum {string} */
                                capacity: "legal-representative" | "authorised-agent";
                            };
                            /** @description The bank's archive reference */
                            reference?: string;
                        };
                        authorisationId: string;
                        township?: string;
                        /**
                         * @description pending: filed, not yet in effect; confirmed: the enterprise confirmed through the office or its township (in effect within its validity); declined / revoked: the enterprise refused or withdrew; withdrawn: by the bank
                         * @enum {string}
                         */
                        state: "pending" | "confirmed" | "declined" | "revoked" | "withdrawn";
                        /** Format: date-time */
                        recordedAt: string;
                        recordedBy: {
                            clientId: string;
                            orgId: string;
                        };
                        confirmation?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            method: "in-person" | "phone-callback" | "document-inspected";
                            note?: string;
                        };
                        ended?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        };
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such authorisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmAuthorisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                authorisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "document-inspected",
                 *       "documentSha256": "c3f40087d27d5c0db99d9eafe11b03ba3eac1f897cc30470d722819b0f47cc07",
                 *       "note": "法定代表人陈建华持授权书原件到青石镇便民服务中心当面确认"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description in-person: the legal representative or agent confirmed at the office or township; phone-callback: on a call to the number in the registry; document-inspected: the original was seen (give its documentSha256)
                     * @enum {string}
                     */
                    method: "in-person" | "phone-callback" | "document-inspected";
                    documentSha256?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Confirmed: in effect within its validity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc: unknown;
                        bankId: string;
                        /**
                         * @default [
                         *       "credit-profile"
                         *     ]
                         */
                        scope: "credit-profile"[];
                        /** @description What the enterprise lets the bank read its profile for; each read must name one of these */
                        purposes: ("credit-assessment" | "loan-review" | "post-loan-monitoring")[];
                        /** @description e.g. the loan applied for; personal identifiers in it are stored masked */
                        description?: string;
                        /**
                         * Format: date
                         * @description Not before the filing day (Asia/Shanghai): consent does not reach back
                         */
                        validFrom: string;
                        /** Format: date */
                        validTo: string;
                        /** @description The enterprise's signed authorisation; the office or township checks it on confirming */
                        document: {
                            /** @description SHA-256 of the scanned, signed authorisation (授权书) */
                            sha256: unknown;
                            /** Format: date */
                            signedOn: string;
                            signer: {
                                name: string;
                                /** @enum {string} */
                                capacity: "legal-representative" | "authorised-agent";
                            };
                            /** @description The bank's archive reference */
                            reference?: string;
                        };
                        authorisationId: string;
                        township?: string;
                        /**
                         * @description pending: filed, not yet in effect; confirmed: the enterprise confirmed through the office or its township (in effect within its validity); declined / revoked: the enterprise refused or withdrew; withdrawn: by the bank
                         * @enum {string}
                         */
                        state: "pending" | "confirmed" | "declined" | "revoked" | "withdrawn";
                        /** Format: date-time */
                        recordedAt: string;
                        recordedBy: {
                            clientId: string;
                            orgId: string;
                        };
                        confirmation?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            method: "in-person" | "phone-callback" | "document-inspected";
                            note?: string;
                        };
                        ended?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        };
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such authorisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not pending (already confirmed or ended) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The document does not match */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeAuthorisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                authorisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "企业法定代表人到青石镇便民服务中心书面撤回授权：已改向其他银行申请贷款"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Ended (reads under it stop at once) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc: unknown;
                        bankId: string;
                        /**
                         * @default [
                         *       "credit-profile"
                         *     ]
                         */
                        scope: "credit-profile"[];
                        /** @description What the enterprise lets the bank read its profile for; each read must name one of these */
                        purposes: ("credit-assessment" | "loan-review" | "post-loan-monitoring")[];
                        /** @description e.g. the loan applied for; personal identifiers in it are stored masked */
                        description?: string;
                        /**
                         * Format: date
                         * @description Not before the filing day (Asia/Shanghai): consent does not reach back
                         */
                        validFrom: string;
                        /** Format: date */
                        validTo: string;
                        /** @description The enterprise's signed authorisation; the office or township checks it on confirming */
                        document: {
                            /** @description SHA-256 of the scanned, signed authorisation (授权书) */
                            sha256: unknown;
                            /** Format: date */
                            signedOn: string;
                            signer: {
                                name: string;
                                /** @enum {string} */
                                capacity: "legal-representative" | "authorised-agent";
                            };
                            /** @description The bank's archive reference */
                            reference?: string;
                        };
                        authorisationId: string;
                        township?: string;
                        /**
                         * @description pending: filed, not yet in effect; confirmed: the enterprise confirmed through the office or its township (in effect within its validity); declined / revoked: the enterprise refused or withdrew; withdrawn: by the bank
                         * @enum {string}
                         */
                        state: "pending" | "confirmed" | "declined" | "revoked" | "withdrawn";
                        /** Format: date-time */
                        recordedAt: string;
                        recordedBy: {
                            clientId: string;
                            orgId: string;
                        };
                        confirmation?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            /** @enum {string} */
                            method: "in-person" | "phone-callback" | "document-inspected";
                            note?: string;
                        };
                        ended?: {
                            by: {
                                clientId: string;
                                orgId: string;
                                role: string;
                            };
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        };
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such authorisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDeclarations: {
        parameters: {
            query?: {
                state?: "DECLARED" | "SCREENED" | "REVIEWED" | "RECOMMENDED" | "PUSHED" | "CREDITED" | "REJECTED" | "REPAIRING" | "REMOVED";
                township?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Declaration"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uscc": "91999101MA7G2KX5R0",
                 *       "demand": {
                 *         "amountFen": 300000000,
                 *         "termMonths": 12,
                 *         "purpose": "working-capital",
                 *         "purposeDetail": "采购钢材等原材料，备货四季度订单",
                 *         "guaranteeType": "mortgage",
                 *         "creditLoanWanted": false,
                 *         "collateral": "自有厂房一处（青石镇工业园区纬二路8号），评估价约520万元",
                 *         "preferredBankIds": [
                 *           "bank-nh",
                 *           "bank-gs"
                 *         ],
                 *         "preferredProductNames": [
                 *           "农行小微企业流动资金贷款"
                 *         ]
                 *       },
                 *       "visit": {
                 *         "visitedBy": "青石镇金融专员 王敏",
                 *         "visitedOn": "2026-11-26",
                 *         "place": "青石镇工业园区纬二路8号 企业生产车间"
                 *       },
                 *       "wishes": "希望2027年1月前放款，优先考虑已有合作的农业银行",
                 *       "currentCreditFen": 150000000,
                 *       "contact": {
                 *         "name": "陈建华",
                 *         "phone": "13800138000"
                 *       },
                 *       "creditApplication": true
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                     * @example 91350100M000100Y43
                     */
                    uscc: string;
                    demand: {
                        /** @description Amount wanted, in fen (1 CNY = 100 fen) */
                        amountFen: number;
                        termMonths: number;
                        /** @enum {string} */
                        purpose: "working-capital" | "equipment" | "technology-upgrade" | "expansion" | "agricultural-production" | "trade-settlement" | "other";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        purposeDetail: string;
                        /**
                         * @description `credit` means unsecured (信用)
                         * @enum {string}
                         */
                        guaranteeType: "credit" | "guarantee" | "government-guarantee" | "mortgage" | "pledge";
                        /** @default false */
                        creditLoanWanted?: boolean;
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        collateral?: string;
                        /** @default [] */
                        preferredBankIds?: string[];
                        /** @default [] */
                        preferredProductNames?: string[];
                    };
                    visit?: {
                        /** @description Who visited (name or team) */
                        visitedBy: string;
                        /** Format: date */
                        visitedOn: string;
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        place: string;
                    };
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    wishes?: string;
                    currentCreditFen?: number;
                    contact?: {
                        name: string;
                        phone: string;
                    };
                    /** @default true */
                    creditApplication?: boolean;
                };
            };
        };
        responses: {
            /** @description Recorded; ETag carries the version */
            201: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description An open declaration for the same enterprise and demand exists (existingDeclarationId) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                declarationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The declaration */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such declaration */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                declarationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opinions": [
                 *         {
                 *           "criterion": "fixed-premises",
                 *           "outcome": "confirmed",
                 *           "note": "实地查看：厂房为企业自有，持续在园区生产经营"
                 *         },
                 *         {
                 *           "criterion": "genuine-need",
                 *           "outcome": "confirmed",
                 *           "note": "核实四季度订单合同三份，原材料资金缺口约300万元"
                 *         },
                 *         {
                 *           "criterion": "lawful-purpose",
                 *           "outcome": "confirmed"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    opinions: {
                        /** @enum {string} */
                        criterion: "fixed-premises" | "genuine-need" | "good-credit" | "lawful-purpose";
                        /** @enum {string} */
                        outcome: "confirmed" | "refuted";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such declaration */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    signOffDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                declarationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "经2026年第11次工作机制联席会议审议通过"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description RECOMMENDED */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such declaration */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    removeDeclaration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                declarationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "false-materials",
                 *       "detail": "申报所附购销合同经核实系伪造，合同相对方否认存在该笔交易"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    reason: "false-materials" | "loan-misuse";
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    detail: string;
                };
            };
        };
        responses: {
            /** @description REMOVED */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such declaration */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    assignRepair: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                declarationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "agencyId": "ls-qingshi-tn",
                 *       "note": "辅导企业补充近六个月银行流水，并对接临山市融资担保有限公司申请政府性融资担保"
                 *     }
                 */
                "application/json": {
                    /** @description The township agency that coaches */
                    agencyId: string;
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note: string;
                };
            };
        };
        responses: {
            /** @description REPAIRING */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such declaration */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    completeRepair: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                declarationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "企业已补充银行流水，并取得临山市融资担保有限公司的担保意向函"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Screened again */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Declaration"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such declaration */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listRecommendations: {
        parameters: {
            query?: {
                township?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Declaration"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                bankId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Products by bank */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    previewPushBatch: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "declarationIds": [
                 *         "d-3f9c2a7e5b1d4c8a6e02",
                 *         "d-8b41d0e7c2a95f3b1d64"
                 *       ]
                 *     }
                 */
                "application/json": {
                    declarationIds?: string[];
                    /** @default [] */
                    adjustments?: {
                        uscc: string;
                        bankId: string;
                        /** @enum {string} */
                        action: "add" | "remove";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The batch as it would be, with a page of its enterprises */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        maxBanksPerEnterprise: number;
                        summary: {
                            [key: string]: unknown;
                        };
                        banks: {
                            [key: string]: unknown;
                        }[];
                        skipped: {
                            [key: string]: unknown;
                        }[];
                        enterprises: components["schemas"]["PushBatchEntry"][];
                        nextOffset?: number;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Nothing to push, unknown declarations, or an adjustment breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createPushBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "declarationIds": [
                 *         "d-3f9c2a7e5b1d4c8a6e02",
                 *         "d-8b41d0e7c2a95f3b1d64"
                 *       ],
                 *       "adjustments": [
                 *         {
                 *           "uscc": "91999101MA7G2KX5R0",
                 *           "bankId": "bank-ls-rural",
                 *           "action": "add",
                 *           "note": "企业在申报表意愿栏书面要求临山农商银行一并对接"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    declarationIds?: string[];
                    /** @default [] */
                    adjustments?: {
                        uscc: string;
                        bankId: string;
                        /** @enum {string} */
                        action: "add" | "remove";
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description DRAFT; ETag carries the version */
            201: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushBatch"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Nothing to push, unknown declarations, or an adjustment breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPushBatch: {
        parameters: {
            query?: {
                cursor?: number;
            };
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        batchId: string;
                        /**
                         * @description DRAFT: decided, nothing pushed. CONFIRMING: the confirm was accepted and its chunks are being written in the background. CONFIRMED: every push written and announced
                         * @enum {string}
                         */
                        state: "DRAFT" | "CONFIRMING" | "CONFIRMED";
                        version: number;
                        maxBanksPerEnterprise: number;
                        summary: {
                            [key: string]: unknown;
                        };
                        banks: {
                            bankId: string;
                            capacity: number;
                            load: number;
                        }[];
                        skipped: {
                            declarationId: string;
                            uscc: string;
                            reason: string;
                        }[];
                        chunkCount?: number;
                        /** Format: date */
                        creditAccessUntil?: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Fixed when the confirm is accepted: the instant every push carries, who confirmed, until when the pushed banks may read the credit profile */
                        confirm?: {
                            /** Format: date-time */
                            startedAt: string;
                            by: {
                                clientId: string;
                                orgId: string;
                            };
                            /** Format: date */
                            creditAccessUntil: string;
                            /** Format: date-time */
                            queuedAt?: string;
                        };
                        progress: components["schemas"]["PushBatchProgress"];
                        /** Format: date-time */
                        confirmedAt?: string;
                        /** @description Once CONFIRMED: pushes written, and the declarations dropped at confirm */
                        outcome?: {
                            pushes: number;
                            droppedDeclarationIds: string[];
                        };
                        links: {
                            /** @description Where to read (and poll) the batch: GET /v1/push-batches/{batchId} */
                            self: string;
                        };
                        enterprises: components["schemas"]["PushBatchEntry"][];
                        nextCursor?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such batch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmPushBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already CONFIRMED: the batch with its outcome; nothing was done */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushBatch"];
                };
            };
            /** @description Accepted: CONFIRMING (rarely already CONFIRMED, for a small batch), with its progress; poll Location until CONFIRMED */
            202: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    /** @description The batch to poll: /v1/push-batches/{batchId} */
                    Location?: string;
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushBatch"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such batch */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getUpperLevelExport: {
        parameters: {
            query?: {
                format?: "xlsx" | "json";
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=xlsx (default): the workbook (sheets 汇总, 申报清单, 推荐清单, 贷款清单); format=json: the figures it is made from */
            200: {
                headers: {
                    /** @description attachment; filename="upper-level-<city>-<month>.xlsx" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpperLevelFigures"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description A month not yet begun */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listReports: {
        parameters: {
            query?: {
                state?: "reported" | "confirmed" | "appealed" | "dismissed" | "revoked" | "merged";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BlacklistReport"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "category": "illegal-loan-facilitation",
                 *       "description": "该公司业务员以“包过、低息”为名，向青石镇多家企业承诺代办银行贷款，要求按贷款金额6%预付“服务费”，并自称与农业银行临山分行有合作。",
                 *       "evidenceRefs": [
                 *         "bank-nh://complaints/2026-1107",
                 *         "ls-qingshi-tn://visit-records/2026-11-18"
                 *       ],
                 *       "enterprises": [
                 *         "91999101MA7G2KX5R0"
                 *       ],
                 *       "parties": [
                 *         {
                 *           "kind": "organisation",
                 *           "name": "临山市速融商务信息咨询有限公司",
                 *           "uscc": "91999101MA0XK7P3BK",
                 *           "aliases": [
                 *             "速融助贷"
                 *           ]
                 *         },
                 *         {
                 *           "kind": "individual",
                 *           "name": "赵立新",
                 *           "idNumber": "999101198607152533",
                 *           "phones": [
                 *             "13700137000"
                 *           ],
                 *           "accounts": [
                 *             "6217000012345678901"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    category: string;
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    description: string;
                    evidenceRefs: string[];
                    enterprises?: string[];
                    parties: ({
                        /** @constant */
                        kind: "organisation";
                        name: string;
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc?: string;
                        /** @default [] */
                        aliases?: string[];
                        /** @default [] */
                        phones?: string[];
                        /** @default [] */
                        accounts?: string[];
                    } | {
                        /** @constant */
                        kind: "individual";
                        name: string;
                        /** @description Resident ID number; stored only hashed and masked */
                        idNumber?: string;
                        /** @default [] */
                        phones?: string[];
                        /** @default [] */
                        accounts?: string[];
                    })[];
                };
            };
        };
        responses: {
            /** @description Recorded (state reported); identifiers masked */
            201: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule (names the field, never the value) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistReport"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    decideReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "confirm",
                 *       "criteria": [
                 *         {
                 *           "code": "unlicensed-intermediation",
                 *           "met": true,
                 *           "note": "无金融业务许可，居间撮合贷款并收取费用"
                 *         },
                 *         {
                 *           "code": "fee-padding",
                 *           "met": true,
                 *           "note": "收据载明“贷款服务费”18万元"
                 *         },
                 *         {
                 *           "code": "impersonation",
                 *           "met": false
                 *         }
                 *       ],
                 *       "reasons": "农业银行临山分行和青石镇分别反映同一中介以“包过”为名收取服务费，收据与聊天记录相互印证，符合认定标准第一、三项"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "confirm" | "dismiss";
                    /** @default [] */
                    criteria?: {
                        code: string;
                        met: boolean;
                        /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                        note?: string;
                    }[];
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The entry after the step */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    recordAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appellant": "赵立新（委托代理人：临山明正律师事务所 周律师）",
                 *       "grounds": "所收费用为财务咨询服务费，双方签有书面服务合同，未冒用银行名义，不属于非法助贷",
                 *       "receivedOn": "2026-12-02"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    appellant: string;
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    grounds: string;
                    /** Format: date */
                    receivedOn: string;
                };
            };
        };
        responses: {
            /** @description The entry after the step */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    decideAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "rejected",
                 *       "reasons": "服务合同约定按放款金额比例收费，属于认定标准所列抬高企业综合融资成本的情形，申诉理由不成立"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    outcome: "upheld" | "rejected";
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The entry after the step */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "经复核，原认定所依据的收据系他人冒用该公司名义出具，经工作机制办公室研究决定移出名单"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The entry after the step */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    mergeReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "duplicateId": "bl-7c1e0d9a4b2f68e5c3a1"
                 *     }
                 */
                "application/json": {
                    duplicateId: string;
                };
            };
        };
        responses: {
            /** @description The entry after the step */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistReport"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The state machine refuses the step (names the state and allowed steps) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listEntries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                purpose?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BlacklistEntry"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getEntry: {
        parameters: {
            query?: {
                /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                purpose?: string;
            };
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistEntry"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such entry on the list */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    runScreening: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "application": {
                 *         "uscc": "91999101MA7G2KX5R0",
                 *         "declarationId": "d-3f9c2a7e5b1d4c8a6e02"
                 *       },
                 *       "parties": [
                 *         {
                 *           "role": "consultant",
                 *           "kind": "individual",
                 *           "name": "赵立新",
                 *           "phones": [
                 *             "137-0013-7000"
                 *           ]
                 *         },
                 *         {
                 *           "role": "agent",
                 *           "kind": "organisation",
                 *           "name": "临山市青石镇宏达财务代理记账有限公司"
                 *         }
                 *       ],
                 *       "phones": [
                 *         "13600136000"
                 *       ],
                 *       "purpose": "申报清单筛查"
                 *     }
                 */
                "application/json": {
                    application: {
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc: string;
                        declarationId?: string;
                    };
                    parties?: ({
                        /** @constant */
                        kind: "organisation";
                        name: string;
                        /**
                         * @description Unified social credit code (GB 32100-2015), 18 characters; lower case is accepted
                         * @example 91350100M000100Y43
                         */
                        uscc?: string;
                        /** @default [] */
                        aliases?: string[];
                        /** @default [] */
                        phones?: string[];
                        /** @default [] */
                        accounts?: string[];
                        /**
                         * @description How the party relates to the application
                         * @enum {string}
                         */
                        role: "agent" | "consultant" | "guarantor" | "contact" | "other";
                    } | {
                        /** @constant */
                        kind: "individual";
                        name: string;
                        /** @description Resident ID number; stored only hashed and masked */
                        idNumber?: string;
                        /** @default [] */
                        phones?: string[];
                        /** @default [] */
                        accounts?: string[];
                        /**
                         * @description How the party relates to the application
                         * @enum {string}
                         */
                        role: "agent" | "consultant" | "guarantor" | "contact" | "other";
                    })[];
                    /** @default [] */
                    phones?: string[];
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    purpose?: string;
                };
            };
        };
        responses: {
            /** @description The screening, stored and audited */
            201: {
                headers: {
                    /** @description The path of the resource created (or of the job to poll) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Screening"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule (names the field, never the value) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getScreening: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                screeningId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The screening */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Screening"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such screening */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    decideScreeningMatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                screeningId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partyIndex": 1,
                 *       "entryId": "bl-7c1e0d9a4b2f68e5c3a1",
                 *       "decision": "not-same",
                 *       "note": "同名不同主体：名单所列为西岭区的代理记账公司，统一社会信用代码与经营地址均不同"
                 *     }
                 */
                "application/json": {
                    partyIndex: number;
                    entryId: string;
                    /** @enum {string} */
                    decision: "same" | "not-same";
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The screening with the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Screening"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such screening or match */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided, a strong hit, or the entry left the list */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    keyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key versions in use */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistKeyVersions"];
                };
            };
            /** @description Malformed request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listBankPushes: {
        parameters: {
            query?: {
                status?: "PUSHED" | "CONTACTED" | "MATERIALS_COMPLETE" | "APPROVED" | "REJECTED" | "DISBURSED";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pushes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BankPush"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getBankPush: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                pushId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The push */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankPush"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPushCard: {
        parameters: {
            query: {
                purpose: "contact-enterprise" | "credit-assessment" | "loan-review" | "push-follow-up";
            };
            header?: never;
            path: {
                pushId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankPushCard"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    recordPushProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                pushId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "approved",
                 *       "approvedOn": "2026-12-03",
                 *       "amountFen": 300000000,
                 *       "annualRatePercent": "3.25",
                 *       "termMonths": 12,
                 *       "guaranteeType": "government-guarantee",
                 *       "creditLoan": false,
                 *       "guarantee": {
                 *         "guarantorId": "ls-guarantee",
                 *         "feeRatePercent": "0.8"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PushProgressEvent"];
            };
        };
        responses: {
            /** @description The push after the step */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankPush"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed in the push's status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listOverduePushes: {
        parameters: {
            query?: {
                bankId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of overdue pushes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            pushId: string;
                            batchId: string;
                            uscc: string;
                            bankId: string;
                            /** @enum {string} */
                            status: "PUSHED" | "CONTACTED" | "MATERIALS_COMPLETE" | "APPROVED" | "REJECTED" | "DISBURSED";
                            deadlines: components["schemas"]["PushDeadline"][];
                            /**
                             * Format: date
                             * @description The day after the first missed deadline
                             */
                            overdueSince: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getHolidayCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarStatus"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    loadHolidayYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "holidays": [
                 *         "2026-01-01",
                 *         "2026-01-02",
                 *         "2026-01-03",
                 *         "2026-02-15",
                 *         "2026-02-16",
                 *         "2026-02-17",
                 *         "2026-02-18",
                 *         "2026-02-19",
                 *         "2026-02-20",
                 *         "2026-02-21",
                 *         "2026-02-22",
                 *         "2026-02-23",
                 *         "2026-04-04",
                 *         "2026-04-05",
                 *         "2026-04-06",
                 *         "2026-05-01",
                 *         "2026-05-02",
                 *         "2026-05-03",
                 *         "2026-05-04",
                 *         "2026-05-05",
                 *         "2026-06-19",
                 *         "2026-06-20",
                 *         "2026-06-21",
                 *         "2026-09-25",
                 *         "2026-09-26",
                 *         "2026-09-27",
                 *         "2026-10-01",
                 *         "2026-10-02",
                 *         "2026-10-03",
                 *         "2026-10-04",
                 *         "2026-10-05",
                 *         "2026-10-06",
                 *         "2026-10-07"
                 *       ],
                 *       "makeUpWorkdays": [
                 *         "2026-01-04",
                 *         "2026-02-14",
                 *         "2026-02-28",
                 *         "2026-05-09",
                 *         "2026-09-20",
                 *         "2026-10-10"
                 *       ],
                 *       "notice": {
                 *         "title": "国务院办公厅关于2026年部分节假日安排的通知"
                 *       }
                 *     }
                 */
                "application/json": {
                    holidays: string[];
                    makeUpWorkdays: string[];
                    notice?: {
                        /** @description The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                        title: string;
                        /** @description 文号, e.g. 国办发明电〔2026〕7号 */
                        documentNumber?: string;
                        /** Format: date */
                        publishedOn?: string;
                        /** Format: uri */
                        url?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The calendar after loading */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCalendarStatus"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A date outside the year, listed twice, both off and worked, or a weekday make-up day */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "parked" | "endpoint-disabled";
                bankId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Delivery"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    replayDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued for delivery */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not parked, or the endpoint is still disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                bankId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret, shown once (again to a retry with the same Idempotency-Key) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bankId: string;
                        secret: string;
                        /** Format: date-time */
                        previousValidUntil?: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another rotation landed between read and write: rotate again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    enableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bankId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enabled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bankId: string;
                        enabled: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not found (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getSummary: {
        parameters: {
            query: {
                from: string;
                to: string;
                groupBy?: "industry" | "township" | "bank";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringSummary"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listShouldBeIn: {
        parameters: {
            query?: {
                /** @description Omitted: every township of the city, in config order */
                township?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ShouldBeInEntry"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listShouldBeLent: {
        parameters: {
            query?: {
                /** @description Omitted: every bank of the city, in config order */
                bankId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ShouldBeLentEntry"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getBulletin: {
        parameters: {
            query?: {
                format?: "json" | "html" | "csv";
            };
            header?: never;
            path: {
                /** @description The Monday (yyyy-mm-dd) the bulletin week starts on */
                weekStart: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bulletin (format=html: text/html; format=csv: text/csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringBulletin"];
                    "text/html": string;
                    "text/csv": string;
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description A week not yet begun */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getBankReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
                bankId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The return */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturn"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not submitted, or another bank */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    putBankReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
                bankId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allLoans": {
                 *         "balanceFen": "520000000000",
                 *         "borrowers": 9800,
                 *         "newLoansFen": "41000000000",
                 *         "newLoansCount": 1260,
                 *         "newLoansRatePercent": "4.12"
                 *       },
                 *       "enterpriseLoans": {
                 *         "balanceFen": "360000000000",
                 *         "borrowers": 2150,
                 *         "newLoansFen": "30000000000",
                 *         "newLoansCount": 410,
                 *         "newLoansRatePercent": "3.96"
                 *       },
                 *       "categories": {
                 *         "privateEnterprise": {
                 *           "balanceFen": "300000000000",
                 *           "borrowers": 2010,
                 *           "newLoansFen": "26000000000",
                 *           "newLoansCount": 380,
                 *           "newLoansRatePercent": "3.98"
                 *         },
                 *         "inclusiveSmallMicro": {
                 *           "balanceFen": "150000000000",
                 *           "borrowers": 3400,
                 *           "newLoansFen": "14000000000",
                 *           "newLoansCount": 620,
                 *           "newLoansRatePercent": "3.75"
                 *         },
                 *         "creditLoans": {
                 *           "balanceFen": "30000000000",
                 *           "borrowers": 900,
                 *           "newLoansFen": "3200000000",
                 *           "newLoansCount": 150,
                 *           "newLoansRatePercent": "3.60"
                 *         },
                 *         "firstLoanHouseholds": {
                 *           "balanceFen": "8000000000",
                 *           "borrowers": 240,
                 *           "newLoansFen": "1500000000",
                 *           "newLoansCount": 60,
                 *           "newLoansRatePercent": "3.70"
                 *         },
                 *         "renewalsWithoutRepayment": {
                 *           "balanceFen": "12000000000",
                 *           "borrowers": 180,
                 *           "newLoansFen": "900000000",
                 *           "newLoansCount": 25,
                 *           "newLoansRatePercent": "3.80"
                 *         },
                 *         "individualBusinesses": {
                 *           "balanceFen": "40000000000",
                 *           "borrowers": 2600,
                 *           "newLoansFen": "3600000000",
                 *           "newLoansCount": 310,
                 *           "newLoansRatePercent": "4.05"
                 *         },
                 *         "mediumEnterprises": {
                 *           "balanceFen": "60000000000",
                 *           "borrowers": 120,
                 *           "newLoansFen": "4000000000",
                 *           "newLoansCount": 18,
                 *           "newLoansRatePercent": "3.90"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BankReturnFigures"];
            };
        };
        responses: {
            /** @description The same figures as the latest version: nothing stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturnVersion"];
                };
            };
            /** @description Stored as a new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturnVersion"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not a bank of this city, or another bank */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another version was stored at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A part above its total, a rate without new loans, or a month not yet begun (names the field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadBankReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
                bankId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         [
                 *           "项目",
                 *           "余额(元)",
                 *           "户数",
                 *           "当月新发放(元)",
                 *           "当月新发放笔数",
                 *           "当月新发放加权平均利率(%)"
                 *         ],
                 *         [
                 *           "各项贷款",
                 *           "52000000000",
                 *           "",
                 *           "3100000000",
                 *           "",
                 *           ""
                 *         ],
                 *         [
                 *           "企业贷款",
                 *           "31000000000",
                 *           "",
                 *           "1800000000",
                 *           "",
                 *           ""
                 *         ]
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The sheet as rows of cell texts, the header first */
                    rows: string[][];
                };
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description The same figures as the latest version: nothing stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: components["schemas"]["BankReturnVersion"];
                        rows: components["schemas"]["BankReturnRowResult"][];
                    };
                };
            };
            /** @description Stored as a new version; every row ok */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturnUpload"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Not a bank of this city, or another bank */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another version was stored at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Rows with unreadable cells or inconsistent figures, or lines missing: `errors` names each (body.row.<n>.<field>), `rows` has every row's result; nothing stored */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getReturnTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template: the header and one row per line of the return */
            200: {
                headers: {
                    /** @description attachment; filename="bank-return-template.xlsx" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listBankReturns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankReturnsOfMonth"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMonthlyNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyNotice"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMonthlyReport: {
        parameters: {
            query?: {
                format?: "json" | "html";
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (format=html: text/html) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReport"];
                    "text/html": string;
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description A month not yet begun */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getDailyDispatch: {
        parameters: {
            query?: {
                /** @description A Shanghai business date, not after today; omitted: today */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dispatch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyDispatch"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPolicyLedger: {
        parameters: {
            query?: {
                /** @description Omitted: the latest period due as of today */
                period?: string;
                format?: "json" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger (format=xlsx: the workbook) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyLedgerView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No ledger loaded yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a reporting period of the ledger */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    loadPolicyLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "临山市强化市场主体倍增金融业要素服务保障行动计划",
                 *       "reporting": {
                 *         "daysOfMonth": [
                 *           10,
                 *           25
                 *         ],
                 *         "startsOn": "2026-12-01",
                 *         "reminderWorkingDays": 3
                 *       },
                 *       "measures": [
                 *         {
                 *           "id": "Z-1",
                 *           "list": "key",
                 *           "seq": 1,
                 *           "requirement": "开展首贷户拓展专项行动",
                 *           "mainTask": "建立市县小微企业及个体工商户无贷户名单，推送银行业机构。",
                 *           "deadline": "4月末前形成工作方案；6月末前，完成小微企业和个体工商户无贷户“两张名单”推送银行业机构。",
                 *           "actions": "各街道、乡镇收集无贷户名单报市融资协调办，市融资协调办整理并推送银行。",
                 *           "yearlyTarget": "无贷户名单全覆盖，首贷户数量持续增加。",
                 *           "responsible": [
                 *             "ls-econ"
                 *           ],
                 *           "cooperating": [
                 *             "ls-donghu-st",
                 *             "ls-qingshi-tn",
                 *             "各银行机构"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PolicyLedgerInput"];
            };
        };
        responses: {
            /** @description The same ledger as the current version: nothing stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyLedger"];
                };
            };
            /** @description Loaded as a new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyLedger"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description Another version was loaded at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A responsible unit that is no agency of the city, a measure or row listed twice, reporting that starts more than two years back (names the field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reportPolicyProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The measure id in the ledger file, e.g. Q-13 (全面清单 13) or Z-4 (重点清单 4) */
                measureId: string;
                /** @description A reporting period, named by its due date: the 10th or the 25th of a month (seed 003) */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "on-track",
                 *       "progress": "已完成无贷户名单首轮归集，共1,236户，已推送4家银行；首贷中心选址确定。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description on-track 按计划推进, delayed 滞后, completed 已完成
                     * @enum {string}
                     */
                    status: "on-track" | "delayed" | "completed";
                    /** @description What was done in the period */
                    progress: string;
                };
            };
        };
        responses: {
            /** @description The same report as the latest version: nothing stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyProgressReport"];
                };
            };
            /** @description Stored as a new version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyProgressReport"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No ledger loaded, or no such measure */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another version was stored at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Not a reporting period, or a period not yet open */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listPolicyOverdue: {
        parameters: {
            query?: {
                /** @description Omitted: today (Shanghai) */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyOverdueList"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No ledger loaded yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description asOf more than a year ahead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getPolicyReminder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reminder */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReminder"];
                };
            };
            /** @description Malformed request (names the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No ledger loaded yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateGuaranteeFee: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contractDate": "2026-11-20",
                 *       "guaranteeAmount": "3000000.00",
                 *       "feeRate": "0.008",
                 *       "periodStart": "2026-11-20",
                 *       "periodEnd": "2027-11-20",
                 *       "borrowerType": "small-enterprise",
                 *       "industryCode": "C3484",
                 *       "business": "guarantee"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    contractDate: string;
                    /** @description CNY as a decimal string, at most two places */
                    guaranteeAmount: string;
                    /** @description A rate as a decimal fraction string, 0…1 ("0.01" = 1 %) */
                    feeRate: string;
                    /** Format: date */
                    periodStart: string;
                    /** Format: date */
                    periodEnd: string;
                    /** @enum {string} */
                    borrowerType: "large-enterprise" | "medium-enterprise" | "small-enterprise" | "micro-enterprise" | "individual-business";
                    industryCode?: string;
                    /**
                     * @default guarantee
                     * @enum {string}
                     */
                    business?: "guarantee" | "re-guarantee";
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The fee rate is above the cap (errors name body.feeRate) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateFeeSubsidy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contractDate": "2026-11-20",
                 *       "guaranteeAmount": "3000000.00",
                 *       "actualFeeRate": "0.008",
                 *       "periodStart": "2026-11-20",
                 *       "periodEnd": "2027-11-20",
                 *       "borrowerType": "small-enterprise",
                 *       "tags": [],
                 *       "industryCode": "C3484"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    contractDate: string;
                    /** @description CNY as a decimal string, at most two places */
                    guaranteeAmount: string;
                    /** @description A rate as a decimal fraction string, 0…1 ("0.01" = 1 %) */
                    actualFeeRate: string;
                    /** Format: date */
                    periodStart: string;
                    /** Format: date */
                    periodEnd: string;
                    /** @enum {string} */
                    borrowerType: "large-enterprise" | "medium-enterprise" | "small-enterprise" | "micro-enterprise" | "individual-business";
                    /** @default [] */
                    tags?: ("agricultural" | "strategic-emerging")[];
                    industryCode: string;
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateRiskCompensation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "periodStart": "2026-01-01",
                 *       "periodEnd": "2027-01-01",
                 *       "segments": [
                 *         {
                 *           "from": "2026-01-01",
                 *           "to": "2026-07-01",
                 *           "balance": "120000000.00"
                 *         },
                 *         {
                 *           "from": "2026-07-01",
                 *           "to": "2027-01-01",
                 *           "balance": "150000000.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    periodStart: string;
                    /** Format: date */
                    periodEnd: string;
                    segments: {
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        /** @description CNY as a decimal string, at most two places */
                        balance: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateEntrepreneurshipLoan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contractDate": "2026-09-15",
                 *       "principal": "300000.00",
                 *       "loanRate": "0.0345",
                 *       "periodStart": "2026-09-15",
                 *       "periodEnd": "2027-09-15",
                 *       "borrowerType": "individual-business"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    contractDate: string;
                    /** @description CNY as a decimal string, at most two places */
                    principal: string;
                    /** @description A rate as a decimal fraction string, 0…1 ("0.01" = 1 %) */
                    loanRate: string;
                    /** Format: date */
                    periodStart: string;
                    /** Format: date */
                    periodEnd: string;
                    /** @enum {string} */
                    borrowerType: "large-enterprise" | "medium-enterprise" | "small-enterprise" | "micro-enterprise" | "individual-business";
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateEthnicTradeLoan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contractDate": "2026-10-10",
                 *       "principal": "2000000.00",
                 *       "loanRate": "0.0385",
                 *       "periodStart": "2026-10-10",
                 *       "periodEnd": "2027-10-10",
                 *       "designatedProducer": true
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    contractDate: string;
                    /** @description CNY as a decimal string, at most two places */
                    principal: string;
                    /** @description A rate as a decimal fraction string, 0…1 ("0.01" = 1 %) */
                    loanRate: string;
                    /** Format: date */
                    periodStart: string;
                    /** Format: date */
                    periodEnd: string;
                    designatedProducer: boolean;
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculatePatentPledgeLoan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contractDate": "2025-12-01",
                 *       "fullyRepaid": true,
                 *       "repayments": [
                 *         {
                 *           "dueDate": "2026-03-01",
                 *           "paidDate": "2026-02-27",
                 *           "interestPaid": "8750.00"
                 *         },
                 *         {
                 *           "dueDate": "2026-06-01",
                 *           "paidDate": "2026-06-01",
                 *           "interestPaid": "8750.00"
                 *         },
                 *         {
                 *           "dueDate": "2026-09-01",
                 *           "paidDate": "2026-08-31",
                 *           "interestPaid": "8750.00"
                 *         },
                 *         {
                 *           "dueDate": "2026-12-01",
                 *           "paidDate": "2026-12-01",
                 *           "interestPaid": "8750.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    contractDate: string;
                    fullyRepaid: boolean;
                    repayments: {
                        /** Format: date */
                        dueDate: string;
                        /** Format: date */
                        paidDate: string;
                        /** @description CNY as a decimal string, at most two places */
                        interestPaid: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateGuaranteeLeverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "asOf": "2026-11-30",
                 *       "outstandingGuarantees": "1560000000.00",
                 *       "netAssets": "480000000.00"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    asOf: string;
                    /** @description CNY as a decimal string, at most two places */
                    outstandingGuarantees: string;
                    /** @description CNY as a decimal string, at most two places */
                    netAssets: string;
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateNplTolerance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "asOf": "2026-09-30",
                 *       "overallNplRate": "0.0128",
                 *       "smallBusinessNplRate": "0.0265"
                 *     }
                 */
                "application/json": {
                    /** Format: date */
                    asOf: string;
                    /** @description A rate as a decimal fraction string, 0…1 ("0.01" = 1 %) */
                    overallNplRate: string;
                    /** @description A rate as a decimal fraction string, 0…1 ("0.01" = 1 %) */
                    smallBusinessNplRate: string;
                };
            };
        };
        responses: {
            /** @description The amount, its line-by-line breakdown and the policy version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyCalculation"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    calculateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "calculations": [
                 *         {
                 *           "program": "guarantee-fee",
                 *           "input": {
                 *             "contractDate": "2026-11-20",
                 *             "guaranteeAmount": "3000000.00",
                 *             "feeRate": "0.008",
                 *             "periodStart": "2026-11-20",
                 *             "periodEnd": "2027-11-20",
                 *             "borrowerType": "small-enterprise"
                 *           }
                 *         },
                 *         {
                 *           "program": "npl-tolerance",
                 *           "input": {
                 *             "asOf": "2026-09-30",
                 *             "overallNplRate": "0.0128",
                 *             "smallBusinessNplRate": "0.0265"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    calculations: {
                        /** @enum {string} */
                        program: "guarantee-fee" | "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan" | "guarantee-leverage" | "npl-tolerance";
                        input: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description One outcome per row, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: number;
                        rejected: number;
                        outcomes: ({
                            index: number;
                            ok: boolean;
                            result?: components["schemas"]["SubsidyCalculation"];
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listGuarantees: {
        parameters: {
            query?: {
                guarantorId?: string;
                status?: "ACTIVE" | "REPAID" | "DEFAULTED";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Guarantee"][];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getGuarantee: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                guaranteeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guarantee; ETag carries the version */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guarantee"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such guarantee (or not yours) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reportRepayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                guaranteeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportId": "LSDB-HK-2026-0315",
                 *       "repaidOn": "2026-11-30",
                 *       "amountFen": 50000000
                 *     }
                 */
                "application/json": {
                    reportId: string;
                    /** Format: date */
                    repaidOn: string;
                    amountFen: number;
                };
            };
        };
        responses: {
            /** @description Recorded (or already recorded with the same figures) */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guarantee"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such guarantee of this guarantor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The guarantee is closed, or the report id was used with other figures */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule (amount above the outstanding balance, date outside the cover) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reportDefault: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
            };
            path: {
                guaranteeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reportId": "LSDB-DC-2026-0007",
                 *       "defaultedOn": "2026-11-25",
                 *       "compensatedFen": 80000000,
                 *       "note": "借款人逾期超过90天，我公司已按担保合同代偿本息80万元"
                 *     }
                 */
                "application/json": {
                    reportId: string;
                    /** Format: date */
                    defaultedOn: string;
                    compensatedFen?: number;
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Recorded (or already recorded with the same figures) */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Guarantee"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description No such guarantee of this guarantor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The guarantee is closed, or the report id was used with other figures */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Breaks a rule (amount above the outstanding balance, date outside the cover) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getLedger: {
        parameters: {
            query?: {
                program?: "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan";
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description The ETag you hold; if it is still current the answer is 304 with no body */
                "If-None-Match"?: string;
            };
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger; ETag carries the version */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyLedger"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    /** @description The current version */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setPreAllocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "allocations": {
                 *         "fee-subsidy": 300000000,
                 *         "risk-compensation": 150000000,
                 *         "entrepreneurship-loan": 200000000,
                 *         "ethnic-trade-loan": 50000000,
                 *         "patent-pledge-loan": 30000000
                 *       },
                 *       "note": "依据2027年市级财政预算，普惠金融发展专项资金按项目预拨"
                 *     }
                 */
                "application/json": {
                    allocations: {
                        [key: string]: number;
                    };
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Set */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyLedger"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description The ledger state refuses the step (names the state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    proposeSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "2025年度补贴清算：以各担保机构、银行截至2026年11月30日报送的数据为准"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description SETTLEMENT_PROPOSED */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyLedger"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description The ledger state refuses the step (names the state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description The year is not over yet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    approveSettlement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response */
                "Idempotency-Key"?: string;
                /** @description ETag of the version you read; a stale one gets 412 */
                "If-Match"?: string;
            };
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "2025年度补贴清算经市财政局2026年第12次局务会议审定"
                 *     }
                 */
                "application/json": {
                    /** @description Free text; ID numbers, mobile numbers, bank cards and e-mail addresses in it are stored masked (110101********4514, 138****8000) */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description APPROVED */
            200: {
                headers: {
                    /** @description The version of the resource, quoted ("3"); send it in If-Match to change it */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubsidyLedger"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description The ledger state refuses the step (names the state) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is not the current version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    publishProgramVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "program": "guarantee-fee",
                 *       "id": "linshan-guarantee-fee-2027",
                 *       "effectiveFrom": "2027-01-01",
                 *       "citation": {
                 *         "seed": "004",
                 *         "section": "(四)"
                 *       },
                 *       "params": {
                 *         "tiers": [
                 *           {
                 *             "upTo": "10000000.00",
                 *             "maxRate": "0.008"
                 *           },
                 *           {
                 *             "maxRate": "0.015"
                 *           }
                 *         ],
                 *         "affectedSectors": [],
                 *         "affectedSectorFeeFactor": "0.5",
                 *         "reGuaranteeFeeWaiver": {
                 *           "borrowerTypes": [
                 *             "individual-business"
                 *           ],
                 *           "amountLimit": {
                 *             "amount": "500000.00",
                 *             "inclusive": true
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProgramVersionInput"];
            };
        };
        responses: {
            /** @description Published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPublication"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description A version with this id was published at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Back-dated, out of date order, or the version breaks a rule (errors name body.<field>) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    publishLprQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "oneYear": "0.03",
                 *       "fiveYear": "0.035"
                 *     }
                 */
                "application/json": {
                    oneYear: string;
                    fiveYear: string;
                };
            };
        };
        responses: {
            /** @description Published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPublication"];
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            /** @description This month was published at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description A past month, or not after the latest published one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getSubsidyPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Programs with their effective dates, the LPR table, and every publication with who and when */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        programs: ({
                            /** @enum {string} */
                            program: "guarantee-fee" | "fee-subsidy" | "risk-compensation" | "entrepreneurship-loan" | "ethnic-trade-loan" | "patent-pledge-loan" | "guarantee-leverage" | "npl-tolerance";
                            id: string;
                            /** Format: date */
                            effectiveFrom: string;
                            /** Format: date */
                            effectiveTo?: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        lpr: {
                            oneYear: {
                                [key: string]: string;
                            };
                            fiveYear: {
                                [key: string]: string;
                            };
                        };
                        publications: components["schemas"]["PolicyPublication"][];
                    };
                };
            };
            /** @description Malformed request or a field failed validation (named in errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["GatewayUnauthorized"];
            403: components["responses"]["GatewayForbidden"];
            422: components["responses"]["RuleBroken"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    openapiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    apiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    asset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    /** @description gzip, when the request accepts it */
                    "Content-Encoding"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    guide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    guidePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                page: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such page */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    console: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The console is not built */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    consoleConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issuer: string;
                        clientId: string;
                        scope: string;
                    };
                };
            };
            /** @description People cannot sign in on this stack */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
    consoleAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description public, max-age=31536000, immutable */
                    "Cache-Control"?: string;
                    /** @description gzip, when the request accepts it */
                    "Content-Encoding"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                    "text/css": string;
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description No such file */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["GatewayThrottled"];
            500: components["responses"]["InternalError"];
        };
    };
}
