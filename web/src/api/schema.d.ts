/* Generated from docs/openapi.json by npm run openapi. Do not edit. */
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health check
     * @description Answers 200 when the database answers, 503 otherwise.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Healthy.
               * @enum {string}
               */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The triage queue (staff)
     * @description Reports ordered by what is due first: the earliest due time of a running SLA clock, so breached reports lead; reports waiting on the reporter and those with no running clock come last. Keyset-paged.
     */
    get: {
      parameters: {
        query?: {
          /** @description Comma-separated states (new, triage, needs-info, review-repro, develop, pre-release, complete, closed, rejected); default: all but closed and rejected. */
          status?: string;
          /** @description An account id, `me`, or `none` for unassigned reports. */
          assignee?: string;
          /** @description Catalogue product id. */
          product?: string;
          /** @description breached: past due; at-risk: close to due; on-track: running with time left; paused: waiting for the reporter; none: no clock running. */
          due?: 'breached' | 'at-risk' | 'on-track' | 'paused' | 'none';
          /** @description Text in the title, product, CWE, impact or steps (trigram search), or a report reference or case number. */
          q?: string;
          /** @description Page size (default 50). */
          limit?: number;
          /** @description The `next` value of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description What is due first comes first. */
              items: {
                /** @description Report reference, e.g. VD-2026-00042. */
                id: string;
                /** @description Case number once triage opened a case. */
                caseNumber: string | null;
                /** @description Title as submitted. */
                title: string;
                /**
                 * @description Lifecycle state.
                 * @enum {unknown}
                 */
                status:
                  | 'new'
                  | 'triage'
                  | 'needs-info'
                  | 'review-repro'
                  | 'develop'
                  | 'pre-release'
                  | 'complete'
                  | 'closed'
                  | 'rejected';
                /** @description Vendor severity, or null while unrated. */
                severity: string | null;
                /** @description Quality tier at submission. */
                qualityTier: string;
                /** @description Staff account the report is assigned to. */
                assigneeId: string | null;
                /** @description Catalogue product, once set. */
                productId: string | null;
                /**
                 * Format: date-time
                 * @description When the report arrived (UTC).
                 */
                receivedAt: string;
                /**
                 * Format: date-time
                 * @description When the first human answer is due (UTC).
                 */
                firstResponseDueAt: string;
                /**
                 * Format: date-time
                 * @description The earliest due time of a running SLA clock (UTC); null when none runs.
                 */
                nextDueAt: string | null;
                /**
                 * @description breached: a clock is past due; at-risk: less than the at-risk share is left; running; paused: waiting for the reporter; idle: no clock runs.
                 * @enum {unknown}
                 */
                sla: 'breached' | 'at-risk' | 'running' | 'paused' | 'idle';
                /** @description The reporter's record, to tell noise from signal at a glance. */
                reporter: {
                  /** @description Reports this reporter (by e-mail) has sent. */
                  submitted: number;
                  /** @description Of those, reports that became a case. */
                  valid: number;
                  /** @description Of those, reports rejected in triage, except duplicates (a duplicate counts neither as valid nor as invalid). */
                  invalid: number;
                  /** @description Signal between -1 (noise) and 1 (reliable); 0 for a new reporter. */
                  score: number;
                  /**
                   * @description The signal in one word.
                   * @enum {unknown}
                   */
                  label: 'trusted' | 'neutral' | 'noisy';
                  /** @description The submission limit (SUBMISSION_LIMITS) the reporter had exceeded when this report arrived (the first one exceeded, in the configured order), or null. A flag for triage only: the report is neither refused nor moved in the queue. */
                  overLimit: {
                    /** @description Most reports the limit allows in its window. */
                    max: number;
                    /** @description The length of the window, in hours. */
                    windowHours: number;
                    /** @description Reports the reporter had sent in that window, this one included. */
                    count: number;
                  } | null;
                };
              }[];
              /** @description Cursor of the next page, or null on the last page. */
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Submit a vulnerability report
     * @description Send the report as application/json, or as multipart/form-data with a part `report` holding the same JSON and up to 10 parts `attachments` (each at most MAX_ATTACHMENT_MB). Answers 201 only once the report is durably stored. Anonymous submissions are rate-limited per client address.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A vulnerability report. */
      requestBody: {
        content: {
          'application/json': {
            /** @description One line naming the vulnerability and where it is (5–200 characters). */
            title: string;
            /** @description The kind of vulnerability: a CWE id, a description, or both (at least one). */
            issueType?: {
              /**
               * @description CWE id of the weakness, e.g. "CWE-787"; must be in the CWE catalogue.
               * @example CWE-79
               */
              cwe?: string;
              /** @description The kind of vulnerability in your own words. */
              description?: string;
            };
            /** @description What is affected: a product with its version, or the URL of an online service. */
            affected?: {
              /** @description Affected product name. */
              product?: string;
              /** @description Affected product version or build. */
              version?: string;
              /**
               * Format: uri
               * @description URL of the affected online service (instead of product and version).
               */
              url?: string;
            };
            /** @description Service packs, security updates and other updates installed on the test system. */
            updatesInstalled?: string;
            /** @description Any special configuration needed to reproduce the issue ("none" if a default install). */
            configuration?: string;
            /** @description Step-by-step instructions to reproduce on a fresh install: one text (numbered lines, at most 50,000 characters) or one string per step (1–100 steps, each at most 5,000 characters). */
            reproductionSteps: string | string[];
            /** @description Proof of concept: code, a request, or a description. Files go in attachments. */
            proofOfConcept?: string;
            /** @description The impact of the vulnerability. */
            impact: {
              /**
               * @description The kind of impact.
               * @enum {unknown}
               */
              type?:
                | 'remote-code-execution'
                | 'elevation-of-privilege'
                | 'information-disclosure'
                | 'denial-of-service'
                | 'spoofing'
                | 'tampering'
                | 'security-feature-bypass'
                | 'other';
              /** @description What an attacker gains and how (required). */
              description: string;
            };
            /** @description Root-cause analysis (optional; raises the quality tier to high). */
            analysis?: string;
            /** @description CVSS vector, version 3.0, 3.1 or 4.0, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H". */
            cvss?: string;
            /** @description Who you are and how to reach you. */
            reporter: {
              /** @description Your name. */
              name?: string;
              /**
               * Format: email
               * @description Where we answer you (required).
               */
              email: string;
              /** @description Your ASCII-armored OpenPGP public key; we encrypt mail to you with it. */
              pgpKey?: string;
              /**
               * @description How to credit you in the advisory: by name, by handle, or not at all.
               * @enum {unknown}
               */
              credit?: 'name' | 'handle' | 'anonymous';
              /** @description Your handle (for credit by handle). */
              handle?: string;
              /** @description Your company or organisation, if any. */
              affiliation?: string;
            };
            /** @description Your disclosure plans. */
            disclosure?: {
              /** @description The date you plan to disclose publicly (YYYY-MM-DD). */
              plannedDate?: string;
              /** @description Anything about disclosure we should know. */
              notes?: string;
            };
            /**
             * @description Language for our answers: "en" (default) or "ja".
             * @default en
             * @enum {unknown}
             */
            language?: 'en' | 'ja';
          };
          'multipart/form-data': {
            /** @description The report: the same JSON object as the application/json body. */
            report: string;
            /** @description Up to 10 files (proof of concept, screenshots, videos), each at most MAX_ATTACHMENT_MB. Stored encrypted; size and SHA-256 recorded. */
            attachments?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Report reference, e.g. VD-2026-00042. */
              id: string;
              /**
               * @description Status of the report.
               * @enum {string}
               */
              status: 'new';
              /** @description Secret to follow the report with (Authorization: Bearer). Shown only this once; we store only its hash. */
              trackingToken: string;
              /**
               * Format: date-time
               * @description When we received the report (UTC).
               */
              receivedAt: string;
              /**
               * Format: date-time
               * @description When a human will have answered at the latest (UTC).
               */
              firstResponseDueAt: string;
              /** @description How complete the report is. */
              quality: {
                /**
                 * @description insufficient, low, medium or high.
                 * @enum {unknown}
                 */
                tier: 'insufficient' | 'low' | 'medium' | 'high';
                /** @description Field paths that would raise the tier by one. */
                missing: string[];
              };
              /** @description Related URLs. */
              links: {
                /** @description URL of the report. */
                self: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/assess': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assess the quality of a report draft
     * @description Same body as submitting, but every field may be missing. Answers the quality tier and what is missing for the next tier. Stores nothing.
     */
    post: {
      parameters: {
        query?: {
          /** @description Number of files the draft will attach. */
          attachments?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A vulnerability report. */
      requestBody: {
        content: {
          'application/json': {
            /** @description One line naming the vulnerability and where it is (5–200 characters). */
            title?: string;
            /** @description The kind of vulnerability: a CWE id, a description, or both (at least one). */
            issueType?: {
              /**
               * @description CWE id of the weakness, e.g. "CWE-787"; must be in the CWE catalogue.
               * @example CWE-79
               */
              cwe?: string;
              /** @description The kind of vulnerability in your own words. */
              description?: string;
            };
            /** @description What is affected: a product with its version, or the URL of an online service. */
            affected?: {
              /** @description Affected product name. */
              product?: string;
              /** @description Affected product version or build. */
              version?: string;
              /**
               * Format: uri
               * @description URL of the affected online service (instead of product and version).
               */
              url?: string;
            };
            /** @description Service packs, security updates and other updates installed on the test system. */
            updatesInstalled?: string;
            /** @description Any special configuration needed to reproduce the issue ("none" if a default install). */
            configuration?: string;
            /** @description Step-by-step instructions to reproduce on a fresh install: one text (numbered lines, at most 50,000 characters) or one string per step (1–100 steps, each at most 5,000 characters). */
            reproductionSteps?: string | string[];
            /** @description Proof of concept: code, a request, or a description. Files go in attachments. */
            proofOfConcept?: string;
            /** @description The impact of the vulnerability. */
            impact?: {
              /**
               * @description The kind of impact.
               * @enum {unknown}
               */
              type?:
                | 'remote-code-execution'
                | 'elevation-of-privilege'
                | 'information-disclosure'
                | 'denial-of-service'
                | 'spoofing'
                | 'tampering'
                | 'security-feature-bypass'
                | 'other';
              /** @description What an attacker gains and how (required). */
              description?: string;
            };
            /** @description Root-cause analysis (optional; raises the quality tier to high). */
            analysis?: string;
            /** @description CVSS vector, version 3.0, 3.1 or 4.0, e.g. "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H". */
            cvss?: string;
            /** @description Who you are and how to reach you. */
            reporter?: {
              /** @description Your name. */
              name?: string;
              /**
               * Format: email
               * @description Where we answer you (required).
               */
              email?: string;
              /** @description Your ASCII-armored OpenPGP public key; we encrypt mail to you with it. */
              pgpKey?: string;
              /**
               * @description How to credit you in the advisory: by name, by handle, or not at all.
               * @enum {unknown}
               */
              credit?: 'name' | 'handle' | 'anonymous';
              /** @description Your handle (for credit by handle). */
              handle?: string;
              /** @description Your company or organisation, if any. */
              affiliation?: string;
            };
            /** @description Your disclosure plans. */
            disclosure?: {
              /** @description The date you plan to disclose publicly (YYYY-MM-DD). */
              plannedDate?: string;
              /** @description Anything about disclosure we should know. */
              notes?: string;
            };
            /**
             * @description Language for our answers: "en" (default) or "ja".
             * @default en
             * @enum {unknown}
             */
            language?: 'en' | 'ja';
          };
        };
      };
      responses: {
        /** @description How complete the report is. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description insufficient, low, medium or high.
               * @enum {unknown}
               */
              tier: 'insufficient' | 'low' | 'medium' | 'high';
              /** @description Field paths that would raise the tier by one. */
              missing: string[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a report
     * @description With the tracking token (Authorization: Bearer), or as the owning account (session or API token). Any other caller gets 404, whether or not the report exists.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Report reference. */
              id: string;
              /** @description The team's lifecycle state (new, triage, needs-info, review-repro, develop, pre-release, complete, closed, rejected); show reporters `researcherStatus` instead. */
              status: string;
              /**
               * @description The status in the reporter's terms: received, in-review, more-info-needed (the team waits for an answer to its message), accepted (a case: being reproduced and rated), fix-in-progress, fixed, closed or not-accepted (see `outcome`).
               * @enum {unknown}
               */
              researcherStatus:
                | 'received'
                | 'in-review'
                | 'more-info-needed'
                | 'accepted'
                | 'fix-in-progress'
                | 'fixed'
                | 'closed'
                | 'not-accepted';
              /** @description Set when the report was not accepted (researcherStatus not-accepted); else null. */
              outcome: null | {
                /**
                 * @description Why: not-a-vulnerability, duplicate, out-of-scope, spam, informative, not-reproducible or wont-fix.
                 * @enum {unknown}
                 */
                disposition:
                  | 'not-a-vulnerability'
                  | 'duplicate'
                  | 'out-of-scope'
                  | 'spam'
                  | 'informative'
                  | 'not-reproducible'
                  | 'wont-fix';
                /** @description The team's explanation, given for not-reproducible and wont-fix; null otherwise. */
                reason: string | null;
                /** @description For not-a-vulnerability: where to go instead, an id of GET /api/v1/help/destinations; null otherwise. */
                helpDestination:
                  | (
                      | 'compromised-account'
                      | 'sign-in'
                      | 'malware'
                      | 'phishing'
                      | 'latest-scams'
                      | 'fraud-victim'
                      | 'malware-sample'
                      | 'update-install'
                      | 'update-info'
                      | 'regional-support'
                      | 'community'
                      | 'feedback'
                      | 'piracy'
                    )
                  | null;
              };
              /**
               * Format: date-time
               * @description When we received it (UTC).
               */
              receivedAt: string;
              /**
               * Format: date-time
               * @description First-response deadline (UTC).
               */
              firstResponseDueAt: string;
              /** @description How complete the report is. */
              quality: {
                /**
                 * @description insufficient, low, medium or high.
                 * @enum {unknown}
                 */
                tier: 'insufficient' | 'low' | 'medium' | 'high';
                /** @description Field paths that would raise the tier by one. */
                missing: string[];
              };
              /** @description The submitted CVSS vector with its score, or null. */
              cvss: null | {
                /** @description The vector as submitted. */
                vector: string;
                /** @description Score computed from the vector. */
                score: number;
                /** @description Qualitative rating of the score. */
                severity: string;
              };
              /** @description The report as submitted (the fields of the submission body). */
              report: {
                [key: string]: unknown;
              };
              /** @description Files sent with the report; download each at GET /api/v1/reports/{id}/attachments/{attachmentId}. */
              attachments: {
                /** @description Attachment id. */
                id: string;
                /** @description File name as sent (base name only, control characters removed). */
                filename: string;
                /** @description Media type as sent; downloads are always application/octet-stream. */
                contentType: string;
                /** @description Size in bytes. */
                size: number;
                /** @description Hex SHA-256 of the content. */
                sha256: string;
              }[];
              /** @description What happened to the report, oldest first. The reporter sees received, follow-up-requested, message and the status changes that change their status; staff see every entry. */
              timeline: {
                /**
                 * Format: date-time
                 * @description When (UTC).
                 */
                at: string;
                /** @description What happened, e.g. "received". */
                kind: string;
                /** @description Who did it: reporter, staff or system. */
                actor: string;
                /** @description Details. For the reporter, a status-changed entry holds `status` (a researcherStatus) and, for a rejection, `disposition` and the `reason` or `helpDestination` owed to them; a message entry holds `messageId`. */
                data: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Facts about this response center */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Promised time to the first human answer, in hours. */
              firstResponseHours: number;
              /** @description Largest attachment, in MB. */
              maxAttachmentMb: number;
              /** @description Most attachments per report and per message. */
              maxAttachments: number;
              /** @description Longest message on a report, in characters (after trimming). */
              maxMessageLength: number;
              /** @description Languages we answer in. */
              languages: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cwe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the CWE catalogue
     * @description Matches the id (`79`, `CWE-79`) or words of the name; without `q`, the first entries by id.
     */
    get: {
      parameters: {
        query?: {
          /** @description Search text. */
          q?: string;
          /** @description Most entries to answer. */
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Number of matching entries. */
              total: number;
              /** @description Matching entries, best first. */
              items: {
                /** @description CWE id, e.g. CWE-79. */
                id: string;
                /** @description Name of the weakness. */
                name: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cvss/score': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Score a CVSS vector
     * @description CVSS 3.0, 3.1 or 4.0; scored with the same code that scores reports.
     */
    get: {
      parameters: {
        query: {
          /** @description The vector, e.g. CVSS:3.1/AV:N/… */
          vector: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 3.0, 3.1 or 4.0. */
              version: string;
              /** @description Overall score. */
              score: number;
              /** @description Base score. */
              baseScore: number;
              /** @description none, low, medium, high or critical. */
              severity: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a researcher account
     * @description Sends a confirmation link to the address. The answer is the same whether or not the address already has an account.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @description Your e-mail address; we send a link to confirm it.
             */
            email: string;
            /** @description At least 12 characters. */
            password: string;
            /** @description Your name (optional). */
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description A confirmation link is on its way (or a notice, if the address already has an account).
               * @enum {string}
               */
              status: 'verification-sent';
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm an e-mail address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The token from the confirmation link. */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description The address is confirmed.
               * @enum {string}
               */
              status: 'verified';
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current session
     * @description Answers the CSRF token again, e.g. after the page was reloaded.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The signed-in account. */
              account: {
                /** @description Account id. */
                id: string;
                /** @description Account e-mail address. */
                email: string;
                /** @description researcher, or a staff role. */
                role: string;
              };
              /** @description What this account may do (staff actions, e.g. report.assign, metrics.read), so a client offers only what would succeed; empty for researchers. The server checks every request regardless. */
              abilities: (
                | 'queue.read'
                | 'report.read'
                | 'report.assign'
                | 'report.transition'
                | 'report.severity.edit'
                | 'report.case.edit'
                | 'report.message.write'
                | 'report.note.write'
                | 'report.bulk-reject'
                | 'product.read'
                | 'product.manage'
                | 'user.read'
                | 'user.manage'
                | 'user.token.manage'
                | 'token.create-own'
                | 'audit.read'
                | 'metrics.read'
                | 'bounty.manage'
              )[];
              /** @description Send it in the x-csrf-token header with every state-changing request made with the session cookie. */
              csrfToken: string;
              /**
               * Format: date-time
               * @description When the session ends.
               */
              expiresAt?: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Sign in
     * @description Sets the session cookie and answers the CSRF token for it. Staff accounts need `totp` as well: a wrong code answers the same 401 as a wrong password. At most 20 attempts per client address and 10 failures per account in 15 minutes (429).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Account e-mail address. */
            email: string;
            /** @description Password. */
            password: string;
            /** @description The current 6-digit code of the authenticator app. Required for staff accounts (without it, a right password answers 401 `totp-required`); ignored for researchers. Each code signs in once. */
            totp?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The signed-in account. */
              account: {
                /** @description Account id. */
                id: string;
                /** @description Account e-mail address. */
                email: string;
                /** @description researcher, or a staff role. */
                role: string;
              };
              /** @description What this account may do (staff actions, e.g. report.assign, metrics.read), so a client offers only what would succeed; empty for researchers. The server checks every request regardless. */
              abilities: (
                | 'queue.read'
                | 'report.read'
                | 'report.assign'
                | 'report.transition'
                | 'report.severity.edit'
                | 'report.case.edit'
                | 'report.message.write'
                | 'report.note.write'
                | 'report.bulk-reject'
                | 'product.read'
                | 'product.manage'
                | 'user.read'
                | 'user.manage'
                | 'user.token.manage'
                | 'token.create-own'
                | 'audit.read'
                | 'metrics.read'
                | 'bounty.manage'
              )[];
              /** @description Send it in the x-csrf-token header with every state-changing request made with the session cookie. */
              csrfToken: string;
              /**
               * Format: date-time
               * @description When the session ends.
               */
              expiresAt?: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /**
     * Sign out
     * @description Ends the session on the server. With a valid session cookie, send its CSRF token in the x-csrf-token header.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Account id. */
              id: string;
              /** @description E-mail address. */
              email: string;
              /** @description Role. */
              role: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports sent from this account, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Page size. */
          limit?: number;
          /** @description Cursor: `next` from the previous page. */
          before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description One page of reports. */
              items: {
                /** @description Report reference. */
                id: string;
                /** @description Report title. */
                title: string;
                /** @description The team's lifecycle state; show reporters `researcherStatus` instead. */
                status: string;
                /**
                 * @description The status in the reporter's terms: received, in-review, more-info-needed (the team waits for an answer to its message), accepted (a case: being reproduced and rated), fix-in-progress, fixed, closed or not-accepted (see `outcome`).
                 * @enum {unknown}
                 */
                researcherStatus:
                  | 'received'
                  | 'in-review'
                  | 'more-info-needed'
                  | 'accepted'
                  | 'fix-in-progress'
                  | 'fixed'
                  | 'closed'
                  | 'not-accepted';
                /** @description Quality tier at submission. */
                qualityTier: string;
                /**
                 * Format: date-time
                 * @description When it was received.
                 */
                receivedAt: string;
                /**
                 * Format: date-time
                 * @description First-response deadline.
                 */
                firstResponseDueAt: string;
              }[];
              /** @description Cursor for the next page, or null. */
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens of this account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Active tokens. */
              items: {
                /** @description Token id (for revoking). */
                id: string;
                /** @description What the token is for. */
                name: string;
                /** @description First characters of the token, to tell tokens apart. */
                prefix: string;
                /**
                 * Format: date-time
                 * @description When it was created.
                 */
                createdAt: string;
                /** @description When it was last used, if ever. */
                lastUsedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Create an API token
     * @description Needs a signed-in session (with its CSRF token): an API token cannot create more tokens, so a leaked one cannot outlive its revocation. The token is in this answer only; we store its hash.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What the token is for. */
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Token id (for revoking). */
              id: string;
              /** @description What the token is for. */
              name: string;
              /** @description First characters of the token, to tell tokens apart. */
              prefix: string;
              /**
               * Format: date-time
               * @description When it was created.
               */
              createdAt: string;
              /** @description When it was last used, if ever. */
              lastUsedAt: string | null;
            } & {
              /** @description The secret: shown once. */
              token: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Token id. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a staff enrolment link
     * @description Send the link's token in the x-enrolment-token header. Answers the account's address and the authenticator secret (generated once per link) as an otpauth URI and a QR code. Unknown, used and expired links answer 400 naming the header.
     */
    get: {
      parameters: {
        query?: never;
        header: {
          /** @description The token from the enrolment link (the part after `#` in `/console/enrol#vde_…`). */
          'x-enrolment-token': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The e-mail address of the staff account being enrolled. */
              email: string;
              /**
               * @description The staff role: triager, case-manager, program-admin, admin, auditor.
               * @enum {unknown}
               */
              role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
              /** @description The authenticator secret as an `otpauth://totp/vulndesk:<email>?secret=…&issuer=vulndesk` URI (RFC 6238: SHA-1, 6 digits, 30 s), for apps that take a link or for typing the secret in. */
              otpauthUri: string;
              /** @description The same URI as a QR code: an SVG document to show for scanning. */
              qrSvg: string;
              /**
               * Format: date-time
               * @description When the enrolment link stops working.
               */
              expiresAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Complete a staff enrolment
     * @description Sets the password and enables the authenticator once `totp` matches it; the link is used up. The code sent here cannot be used again: sign in (POST /api/v1/session) with the next one.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The token from the enrolment link. */
            token: string;
            /** @description The new password: at least 12 characters. */
            password: string;
            /** @description The current 6-digit code the authenticator app shows after adding the secret: proves the app was set up. */
            totp: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The staff account, now able to sign in. */
              account: {
                /** @description Account id. */
                id: string;
                /** @description Account e-mail address. */
                email: string;
                /**
                 * @description The staff role: triager, case-manager, program-admin, admin, auditor.
                 * @enum {unknown}
                 */
                role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
              };
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List staff accounts (admin)
     * @description Every staff account with its role, status, last sign-in and number of active API tokens. Researcher accounts are not listed.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Every staff account, by e-mail address. */
              items: {
                /** @description Account id. */
                id: string;
                /** @description E-mail address (lower case). */
                email: string;
                /**
                 * @description The staff role: triager, case-manager, program-admin, admin, auditor.
                 * @enum {unknown}
                 */
                role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
                /**
                 * @description `enrolment-pending` until the enrolment link has been used (new accounts, and after a reset), `active` once password and authenticator are set, `disabled` while an admin has disabled it.
                 * @enum {unknown}
                 */
                status: 'enrolment-pending' | 'active' | 'disabled';
                /**
                 * Format: date-time
                 * @description When the account was created (UTC).
                 */
                createdAt: string;
                /** @description When the account last signed in (UTC), or null if not known. */
                lastSignInAt: string | null;
                /** @description When an admin disabled the account (UTC), or null while enabled. */
                disabledAt: string | null;
                /** @description Number of API tokens not revoked. */
                tokenCount: number;
                /** @description When the open enrolment link stops working (UTC), or null when none is open (used, expired or closed by a reset or by disabling). */
                enrolmentExpiresAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Add a staff account (admin)
     * @description Creates the account without a password and answers its one-time enrolment link, as `vulndesk user add` does. Needs a signed-in session (with its CSRF token): an API token cannot hand out credentials, so a leaked one cannot mint access that outlives it. An address that any account has already answers 409 naming `email`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description E-mail address of the new staff member; no other account may have it. */
            email: string;
            /**
             * @description The staff role: triager, case-manager, program-admin, admin, auditor.
             * @enum {unknown}
             */
            role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description A staff account as admins see it. */
              user: {
                /** @description Account id. */
                id: string;
                /** @description E-mail address (lower case). */
                email: string;
                /**
                 * @description The staff role: triager, case-manager, program-admin, admin, auditor.
                 * @enum {unknown}
                 */
                role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
                /**
                 * @description `enrolment-pending` until the enrolment link has been used (new accounts, and after a reset), `active` once password and authenticator are set, `disabled` while an admin has disabled it.
                 * @enum {unknown}
                 */
                status: 'enrolment-pending' | 'active' | 'disabled';
                /**
                 * Format: date-time
                 * @description When the account was created (UTC).
                 */
                createdAt: string;
                /** @description When the account last signed in (UTC), or null if not known. */
                lastSignInAt: string | null;
                /** @description When an admin disabled the account (UTC), or null while enabled. */
                disabledAt: string | null;
                /** @description Number of API tokens not revoked. */
                tokenCount: number;
                /** @description When the open enrolment link stops working (UTC), or null when none is open (used, expired or closed by a reset or by disabling). */
                enrolmentExpiresAt: string | null;
              };
              /** @description The enrolment link (password and authenticator are set there). */
              enrolment: {
                /** @description The one-time enrolment link `PUBLIC_URL/console/enrol#vde_…`: give it to the person it is for. Shown once; only its hash is stored. */
                url: string;
                /**
                 * Format: date-time
                 * @description When the link stops working (UTC).
                 */
                expiresAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the role of a staff account, or disable or enable it (admin)
     * @description Give `role`, `disabled` or both. Disabling ends the account’s sessions and refuses its sign-ins and API tokens until it is enabled again. The last enabled admin can be neither demoted nor disabled (409 naming the field). Role changes apply to the account’s sessions and tokens at once.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Staff account id. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description The staff role: triager, case-manager, program-admin, admin, auditor.
             * @enum {unknown}
             */
            role?: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
            /** @description true disables the account (its sessions end, its API tokens and sign-ins are refused, open enrolment links close); false enables it again (its tokens work again). */
            disabled?: boolean;
          };
        };
      };
      responses: {
        /** @description A staff account as admins see it. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Account id. */
              id: string;
              /** @description E-mail address (lower case). */
              email: string;
              /**
               * @description The staff role: triager, case-manager, program-admin, admin, auditor.
               * @enum {unknown}
               */
              role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
              /**
               * @description `enrolment-pending` until the enrolment link has been used (new accounts, and after a reset), `active` once password and authenticator are set, `disabled` while an admin has disabled it.
               * @enum {unknown}
               */
              status: 'enrolment-pending' | 'active' | 'disabled';
              /**
               * Format: date-time
               * @description When the account was created (UTC).
               */
              createdAt: string;
              /** @description When the account last signed in (UTC), or null if not known. */
              lastSignInAt: string | null;
              /** @description When an admin disabled the account (UTC), or null while enabled. */
              disabledAt: string | null;
              /** @description Number of API tokens not revoked. */
              tokenCount: number;
              /** @description When the open enrolment link stops working (UTC), or null when none is open (used, expired or closed by a reset or by disabling). */
              enrolmentExpiresAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/staff/users/{id}/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a staff account and issue a new enrolment link (admin)
     * @description For a lost authenticator, as `vulndesk user reset` does: disables the password and the authenticator, ends the sessions and open links, and answers a new one-time enrolment link. API tokens stay valid. No body (or {}). Needs a signed-in session (with its CSRF token): an API token cannot hand out credentials, so a leaked one cannot mint access that outlives it. A disabled account answers 409: enable it first.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Staff account id. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description A staff account as admins see it. */
              user: {
                /** @description Account id. */
                id: string;
                /** @description E-mail address (lower case). */
                email: string;
                /**
                 * @description The staff role: triager, case-manager, program-admin, admin, auditor.
                 * @enum {unknown}
                 */
                role: 'triager' | 'case-manager' | 'program-admin' | 'admin' | 'auditor';
                /**
                 * @description `enrolment-pending` until the enrolment link has been used (new accounts, and after a reset), `active` once password and authenticator are set, `disabled` while an admin has disabled it.
                 * @enum {unknown}
                 */
                status: 'enrolment-pending' | 'active' | 'disabled';
                /**
                 * Format: date-time
                 * @description When the account was created (UTC).
                 */
                createdAt: string;
                /** @description When the account last signed in (UTC), or null if not known. */
                lastSignInAt: string | null;
                /** @description When an admin disabled the account (UTC), or null while enabled. */
                disabledAt: string | null;
                /** @description Number of API tokens not revoked. */
                tokenCount: number;
                /** @description When the open enrolment link stops working (UTC), or null when none is open (used, expired or closed by a reset or by disabling). */
                enrolmentExpiresAt: string | null;
              };
              /** @description The enrolment link (password and authenticator are set there). */
              enrolment: {
                /** @description The one-time enrolment link `PUBLIC_URL/console/enrol#vde_…`: give it to the person it is for. Shown once; only its hash is stored. */
                url: string;
                /**
                 * Format: date-time
                 * @description When the link stops working (UTC).
                 */
                expiresAt: string;
              };
              /** @description How many sessions of the account were ended. */
              sessionsEnded: number;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/users/{id}/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the API tokens of a staff account (admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Staff account id. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Active tokens, newest first. */
              items: {
                /** @description Token id (for revoking). */
                id: string;
                /** @description What the token is for. */
                name: string;
                /** @description First characters of the token, to tell tokens apart. */
                prefix: string;
                /**
                 * Format: date-time
                 * @description When it was created.
                 */
                createdAt: string;
                /** @description When it was last used, if ever. */
                lastUsedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Create an API token for a staff account (admin)
     * @description As `vulndesk token create` does: the token carries the account’s role and is in this answer only; we store its hash. Needs a signed-in session (with its CSRF token): an API token cannot hand out credentials, so a leaked one cannot mint access that outlives it. A disabled account answers 409.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Staff account id. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What the token is for. */
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Token id (for revoking). */
              id: string;
              /** @description What the token is for. */
              name: string;
              /** @description First characters of the token, to tell tokens apart. */
              prefix: string;
              /**
               * Format: date-time
               * @description When it was created.
               */
              createdAt: string;
              /** @description When it was last used, if ever. */
              lastUsedAt: string | null;
            } & {
              /** @description The secret: shown once. */
              token: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff/users/{id}/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API token of a staff account (admin)
     * @description A token that is unknown, revoked already or another account’s answers 404.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Staff account id. */
          id: string;
          /** @description Token id. */
          tokenId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the audit log
     * @description Entries newest first, paged by sequence number; filters combine. Auditors and admins only. `npx vulndesk audit verify` checks the whole hash chain.
     */
    get: {
      parameters: {
        query?: {
          /** @description Page size. */
          limit?: number;
          /** @description Cursor: `next` from the previous page (entries older than it). */
          cursor?: string;
          /** @description Only entries by this actor: an account id, or `cli`, `system`, `anonymous`. */
          actor?: string;
          /** @description Only entries of this action, e.g. `session.sign-in-failed`. */
          action?: string;
          /** @description Only entries about this target, e.g. `account:<id>` or `report:VD-2026-00042`. */
          target?: string;
          /** @description Only entries at or after this time. */
          from?: string;
          /** @description Only entries before this time. */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description One page of entries, newest first. */
              items: {
                /** @description Position in the chain: 1, 2, … without gaps. */
                seq: number;
                /** @description Entry id (UUIDv7). */
                id: string;
                /**
                 * Format: date-time
                 * @description When it happened (UTC).
                 */
                at: string;
                /** @description Who did it: an account id, or `cli`, `system`, `anonymous`. */
                actor: string;
                /** @description The e-mail address of the account that did it, when `actor` is an account that still exists; null otherwise. Not part of the entry or its hash: read when the page is. */
                actorEmail: string | null;
                /** @description What happened, e.g. `staff.enrolled`, `session.staff-signed-in`, `token.created`. */
                action: string;
                /** @description What it happened to, e.g. `account:<id>`, `token:<id>`, `report:VD-2026-00042`. */
                target: string;
                /** @description What changed: `{ field: [before, after] }`. Null when the stored diff cannot be read (the entry was tampered with). */
                diff: {
                  [key: string]: unknown[];
                } | null;
                /** @description Hash of the entry before (64 zeros for seq 1). */
                prevHash: string;
                /** @description SHA-256 (hex) of the canonical JSON `["vulndesk-audit-v1", seq, prevHash, at, actor, action, target, diff]`. */
                hash: string;
              }[];
              /** @description Cursor for the next (older) page, or null. */
              next: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/follow-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether the reporter may ask for a response now
     * @description Same access as reading the report: the tracking token (Authorization: Bearer) or the owning account. Any other caller gets 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether asking for a response is possible now. */
              available: boolean;
              /** @description Why it is not possible now, or null. */
              reason: ('not-due' | 'recently-requested' | 'responded') | null;
              /** @description Once this time (UTC) has passed it becomes possible; null when it is possible now or will not be. */
              availableAfter: string | null;
              /** @description When a response was last asked for (UTC), or null. */
              lastRequestedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Ask for a response after the first-response time has passed
     * @description Adds a follow-up-requested entry to the timeline and alerts the team on call. Possible once the first-response time has passed without an answer from the security team, at most once per 24 hours (409 otherwise). No body (or {}). Same access as reading the report; a session cookie needs its CSRF token (X-CSRF-Token).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: date-time
               * @description When (UTC).
               */
              at: string;
              /**
               * @description What happened.
               * @enum {string}
               */
              kind: 'follow-up-requested';
              /**
               * @description Who did it.
               * @enum {string}
               */
              actor: 'reporter';
              /** @description Details. */
              data: {
                /**
                 * Format: date-time
                 * @description The first-response deadline that had passed (UTC).
                 */
                firstResponseDueAt: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/help/destinations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where to get help with problems that are not vulnerabilities
     * @description Account recovery, sign-in problems, malware, phishing and scams, fraud, update installation and technical information, support, community, feedback and piracy: each with what to do and where to go. Configured by the operator (HELP_DESTINATIONS_FILE). Public and cacheable (ETag, If-None-Match).
     */
    get: {
      parameters: {
        query?: {
          /** @description Language of the titles and texts: "en" (default) or "ja". */
          lang?: 'en' | 'ja';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Language of the titles and texts.
               * @enum {unknown}
               */
              language: 'en' | 'ja';
              /** @description The destinations the operator offers, grouped, in the order to show them. */
              items: {
                /**
                 * @description Stable id of the destination.
                 * @enum {unknown}
                 */
                id:
                  | 'compromised-account'
                  | 'sign-in'
                  | 'malware'
                  | 'phishing'
                  | 'latest-scams'
                  | 'fraud-victim'
                  | 'malware-sample'
                  | 'update-install'
                  | 'update-info'
                  | 'regional-support'
                  | 'community'
                  | 'feedback'
                  | 'piracy';
                /**
                 * @description The kind of problem it belongs to, for a guided choice.
                 * @enum {unknown}
                 */
                group:
                  'account-sign-in' | 'malware-scams' | 'updates' | 'support-feedback' | 'piracy';
                /** @description The problem, in the words of the person who has it. */
                title: string;
                /** @description What to do about it. */
                text: string;
                /** @description Where to go: an http(s) URL, or a path on this site starting with "/". Absent when `email` is given. */
                url?: string;
                /** @description Whom to write to instead of a page. Absent when `url` is given. */
                email?: string;
              }[];
            };
          };
        };
        /** @description Not modified: the copy named in If-None-Match is current. */
        304: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The case side of a report (staff)
     * @description Lifecycle state, case number, disposition, assignee, case facts (dates, release, advisory, product), SLA clocks, the moves you may make now with the case facts each still needs, the reporter record, and the timeline with the member of staff behind each change. Researchers get 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Report reference. */
              id: string;
              /**
               * @description Lifecycle state.
               * @enum {unknown}
               */
              status:
                | 'new'
                | 'triage'
                | 'needs-info'
                | 'review-repro'
                | 'develop'
                | 'pre-release'
                | 'complete'
                | 'closed'
                | 'rejected';
              /** @description Case number once triage opened a case. */
              caseNumber: string | null;
              /** @description Why the report was rejected, or null. */
              disposition:
                | (
                    | 'not-a-vulnerability'
                    | 'duplicate'
                    | 'out-of-scope'
                    | 'spam'
                    | 'informative'
                    | 'not-reproducible'
                    | 'wont-fix'
                  )
                | null;
              /** @description The explanation given with the rejection. */
              dispositionReason: string | null;
              /** @description The original report when this is a duplicate. */
              duplicateOf: string | null;
              /** @description Where a not-a-vulnerability reporter was sent. */
              helpDestination: string | null;
              /** @description Who handles the report, or null. */
              assignee: components['schemas']['StaffMember'] | null;
              /** @description Vendor severity, or null while unrated. */
              severity: string | null;
              /** @description Planned release date of the fix (YYYY-MM-DD). */
              fixReleaseDate: string | null;
              /** @description Agreed public disclosure date (YYYY-MM-DD). */
              cvdDate: string | null;
              /**
               * Format: date-time
               * @description When the fix was marked released (UTC), or null while it has not shipped.
               */
              fixReleasedAt: string | null;
              /**
               * Format: date-time
               * @description When the advisory was marked published (UTC), or null while it is not public.
               */
              advisoryPublishedAt: string | null;
              /** @description The primary catalogue product (GET /api/v1/products), the one the queue filter `product` matches, or null. */
              productId: string | null;
              /** @description Affected products and versions, in the order staff listed them. */
              affected: {
                /** @description Catalogue product or online service. */
                productId: string;
                /** @description Its name. */
                productName: string;
                /** @description The affected version, or null: every version (or an online service). */
                versionId: string | null;
                /** @description The version name, or null. */
                version: string | null;
              }[];
              /**
               * Format: date-time
               * @description When staff first answered the reporter (UTC): a message to them, the question of a move to needs-info, opening a case (review-repro) or a rejection. Taking a report into triage tells the reporter nothing and is not an answer.
               */
              firstRespondedAt: string | null;
              /** @description First response, triage and fix clocks. */
              sla: {
                /**
                 * @description Which clock.
                 * @enum {unknown}
                 */
                clock: 'first-response' | 'triage' | 'fix';
                /**
                 * @description Where the clock stands now.
                 * @enum {unknown}
                 */
                state: 'running' | 'at-risk' | 'breached' | 'paused' | 'stopped' | 'met' | 'missed';
                /**
                 * Format: date-time
                 * @description When it is due, pauses included (UTC).
                 */
                dueAt: string;
                /**
                 * Format: date-time
                 * @description From when it counts as at risk (UTC).
                 */
                atRiskAt: string;
                /**
                 * Format: date-time
                 * @description When it was satisfied (UTC).
                 */
                satisfiedAt: string | null;
                /** @description Time left (negative when late), in milliseconds. */
                remainingMs: number;
                /** @description Warning level reached while unsatisfied, or null. */
                level: ('at-risk' | 'breached') | null;
              }[];
              /** @description The severity assessment last recorded (PUT …/severity), or null before any. */
              assessment: {
                /** @description Vendor severity. */
                severity: string;
                /** @description What the CVSS base scores suggest. */
                suggestedSeverity: string | null;
                /** @description Staff chose other than the suggestion. */
                overridden: boolean;
                /** @description Impact type. */
                impact: string | null;
                /** @description Exploitability index. */
                exploitability: string | null;
                /** @description Exploited in the wild. */
                exploited: boolean;
                /** @description Public before the advisory. */
                publiclyDisclosed: boolean;
                /** @description A scored CVSS vector, or null. */
                cvss31: {
                  /** @description The vector. */
                  vector: string;
                  /** @description Score computed by the server. */
                  score: number;
                  /** @description Qualitative rating of the score. */
                  severity: string;
                } | null;
                /** @description A scored CVSS vector, or null. */
                cvss40: {
                  /** @description The vector. */
                  vector: string;
                  /** @description Score computed by the server. */
                  score: number;
                  /** @description Qualitative rating of the score. */
                  severity: string;
                } | null;
              } | null;
              /** @description States you may move the report to now (the transition table and your role). */
              allowedTransitions: (
                | 'new'
                | 'triage'
                | 'needs-info'
                | 'review-repro'
                | 'develop'
                | 'pre-release'
                | 'complete'
                | 'closed'
                | 'rejected'
              )[];
              /** @description The moves of `allowedTransitions` whose requirements are not met yet; they answer 409 until these case facts are set. Moves not listed need none. */
              missingFacts: {
                /**
                 * @description A state of `allowedTransitions`.
                 * @enum {unknown}
                 */
                to:
                  | 'new'
                  | 'triage'
                  | 'needs-info'
                  | 'review-repro'
                  | 'develop'
                  | 'pre-release'
                  | 'complete'
                  | 'closed'
                  | 'rejected';
                /** @description Case facts to set first, as fields of PATCH /api/v1/reports/{id}/case: fixReleaseDate and cvdDate for pre-release, fixReleased and advisoryPublished for complete. */
                fields: ('fixReleaseDate' | 'cvdDate' | 'fixReleased' | 'advisoryPublished')[];
              }[];
              /** @description The reporter's record, to tell noise from signal at a glance. */
              reporter: {
                /** @description Reports this reporter (by e-mail) has sent. */
                submitted: number;
                /** @description Of those, reports that became a case. */
                valid: number;
                /** @description Of those, reports rejected in triage, except duplicates (a duplicate counts neither as valid nor as invalid). */
                invalid: number;
                /** @description Signal between -1 (noise) and 1 (reliable); 0 for a new reporter. */
                score: number;
                /**
                 * @description The signal in one word.
                 * @enum {unknown}
                 */
                label: 'trusted' | 'neutral' | 'noisy';
                /** @description The submission limit (SUBMISSION_LIMITS) the reporter had exceeded when this report arrived (the first one exceeded, in the configured order), or null. A flag for triage only: the report is neither refused nor moved in the queue. */
                overLimit: {
                  /** @description Most reports the limit allows in its window. */
                  max: number;
                  /** @description The length of the window, in hours. */
                  windowHours: number;
                  /** @description Reports the reporter had sent in that window, this one included. */
                  count: number;
                } | null;
              };
              /** @description Everything that happened to the report, oldest first, with the member of staff who did it. Staff only: the reporter's view (GET /api/v1/reports/{id}) never names the team's members. */
              timeline: {
                /**
                 * Format: date-time
                 * @description When (UTC).
                 */
                at: string;
                /**
                 * @description What happened.
                 * @enum {unknown}
                 */
                kind:
                  | 'received'
                  | 'follow-up-requested'
                  | 'status-changed'
                  | 'message'
                  | 'assigned'
                  | 'severity-changed'
                  | 'case-updated'
                  | 'duplicate-linked'
                  | 'sla-warning';
                /** @description Who acted: reporter, staff or system. */
                actor: string;
                /** @description The member of staff who made the change; null for the reporter and the system, and for staff entries recorded without their account (a link on the original of a duplicate made before accounts were recorded). */
                by: components['schemas']['StaffMember'] | null;
                /** @description For an `assigned` entry, the account the report was assigned to; null when it was unassigned, and for other kinds. */
                assignee: components['schemas']['StaffMember'] | null;
                /** @description Details by kind. status-changed: `from` and `to` (states), for a rejection `disposition` with `reason`, `duplicateOf` (a report reference) or `helpDestination`, for a move to needs-info `reason` (the question) and `messageId` (the message that asked it); assigned: `assigneeId` (null when unassigned); severity-changed: `severity`; case-updated: each changed case fact as `[before, after]` (`fixReleaseDate`, `cvdDate`, `fixReleasedAt`, `advisoryPublishedAt`, `productId`, `affected`); duplicate-linked: `duplicate` (the reference of the report rejected as a duplicate of this one); sla-warning: `clock`, `level` and `dueAt`; follow-up-requested: `firstResponseDueAt`; message: `messageId`; received: `attachments` and `qualityTier`. */
                data: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Set case dates and facts (staff)
     * @description The planned fix release date and the agreed disclosure date (both needed for pre-release), whether the fix has shipped and the advisory is public (both needed for complete), the primary catalogue product and the affected products and versions. Omitted fields stay as they are; null clears a date or the product; `affected` replaces the whole list. Staff with `report.case.edit`; an unknown product is 400 naming `productId`; in `affected`, an unknown product, a version of another product or of an online service, or the same entry twice (or a product listed both whole and by version) is 400 naming `affected[i].productId` or `affected[i].versionId`. Changes are audited and appear in the timeline.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Planned release date of the fix; null clears it. */
            fixReleaseDate?: string | null;
            /** @description Public disclosure date agreed with the reporter; null clears it. */
            cvdDate?: string | null;
            /** @description The fix has shipped. */
            fixReleased?: boolean;
            /** @description The advisory is public. */
            advisoryPublished?: boolean;
            /** @description The primary catalogue product (what the queue filter `product` matches); null clears it, or makes the first `affected` product primary when `affected` is sent too. */
            productId?: string | null;
            /** @description Affected products and versions; replaces the whole list ([] clears it). At most 50. When the report has no primary product, the first entry becomes it. */
            affected?: {
              /** @description Catalogue product or online service. */
              productId: string;
              /** @description A version of that product; omitted or null: every version. An online service has none. */
              versionId?: string | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Saved. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/reports/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a report through its lifecycle (staff)
     * @description An illegal move, or one whose requirements are not met yet, is 409 problem+json (unmet requirements are named by the case-fact field that meets them: fixReleaseDate, cvdDate, fixReleased, advisoryPublished of PATCH /api/v1/reports/{id}/case); a move your role may not make is 403; missing or surplus fields (disposition, reason, duplicateOf, helpDestination) are 400 naming them. A move to needs-info needs `reason`, the question posted to the reporter.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description The state to move to.
             * @enum {unknown}
             */
            to:
              | 'new'
              | 'triage'
              | 'needs-info'
              | 'review-repro'
              | 'develop'
              | 'pre-release'
              | 'complete'
              | 'closed'
              | 'rejected';
            /**
             * @description Required when `to` is rejected.
             * @enum {unknown}
             */
            disposition?:
              | 'not-a-vulnerability'
              | 'duplicate'
              | 'out-of-scope'
              | 'spam'
              | 'informative'
              | 'not-reproducible'
              | 'wont-fix';
            /** @description Why; required for not-reproducible and wont-fix and to reopen a rejected report. For a move to needs-info it is the question the reporter is asked, and required: it is posted to them as a message from you (Markdown), and their answer moves the report back to triage. */
            reason?: string;
            /** @description Reference of the original report; required for the duplicate disposition. */
            duplicateOf?: string;
            /**
             * @description Where to send the reporter instead; required for the not-a-vulnerability disposition.
             * @enum {unknown}
             */
            helpDestination?:
              | 'compromised-account'
              | 'sign-in'
              | 'malware'
              | 'phishing'
              | 'latest-scams'
              | 'fraud-victim'
              | 'malware-sample'
              | 'update-install'
              | 'update-info'
              | 'regional-support'
              | 'community'
              | 'feedback'
              | 'piracy';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Report reference. */
              id: string;
              /**
               * @description State before.
               * @enum {unknown}
               */
              from:
                | 'new'
                | 'triage'
                | 'needs-info'
                | 'review-repro'
                | 'develop'
                | 'pre-release'
                | 'complete'
                | 'closed'
                | 'rejected';
              /**
               * @description State now.
               * @enum {unknown}
               */
              status:
                | 'new'
                | 'triage'
                | 'needs-info'
                | 'review-repro'
                | 'develop'
                | 'pre-release'
                | 'complete'
                | 'closed'
                | 'rejected';
              /** @description Case number (assigned when the case opened). */
              caseNumber: string | null;
              /** @description Disposition of a rejection, or null. */
              disposition: string | null;
              /**
               * Format: date-time
               * @description When the move was made (UTC).
               */
              at: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/bulk-reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject many reports as spam (staff)
     * @description Each report is moved to rejected with the spam disposition in its own transaction; the answer lists each outcome, so one report that cannot move stops none of the others.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Report references. */
            ids: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description One outcome per report, in the order given. */
              results: {
                /** @description Report reference. */
                id: string;
                /** @description The state now, when the move succeeded. */
                status: string | null;
                /** @description Why this report was not moved, or null. */
                problem: components['schemas']['Problem'] | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/assignee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a report to a staff member, or unassign it (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Account id of a staff member who handles reports, or null. */
            assigneeId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Report reference. */
              id: string;
              /** @description The assignee now, or null. */
              assigneeId: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/severity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record the severity assessment (staff)
     * @description Vendor severity (suggested from the CVSS base score when omitted), impact type, exploitability index, exploited and publicly disclosed flags, CVSS 3.1 and 4.0 vectors (scored by the server). The SLA targets follow the vendor severity.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Vendor severity: critical, important, moderate or low; omitted: suggested. */
            severity?: string | null;
            /** @description Impact type, e.g. remote-code-execution. */
            impact?: string | null;
            /** @description Exploitability index: exploitation-detected, more-likely, less-likely or unlikely. */
            exploitability?: string | null;
            /** @description Exploited in the wild. */
            exploited?: boolean | null;
            /** @description Public before the advisory. */
            publiclyDisclosed?: boolean | null;
            /** @description CVSS 3.1 vector (CVSS:3.1/…). */
            cvss31?: string | null;
            /** @description CVSS 4.0 vector (CVSS:4.0/…). */
            cvss40?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Vendor severity. */
              severity: string;
              /** @description What the CVSS base scores suggest. */
              suggestedSeverity: string | null;
              /** @description Staff chose other than the suggestion. */
              overridden: boolean;
              /** @description Impact type. */
              impact: string | null;
              /** @description Exploitability index. */
              exploitability: string | null;
              /** @description Exploited in the wild. */
              exploited: boolean;
              /** @description Public before the advisory. */
              publiclyDisclosed: boolean;
              /** @description A scored CVSS vector, or null. */
              cvss31: {
                /** @description The vector. */
                vector: string;
                /** @description Score computed by the server. */
                score: number;
                /** @description Qualitative rating of the score. */
                severity: string;
              } | null;
              /** @description A scored CVSS vector, or null. */
              cvss40: {
                /** @description The vector. */
                vector: string;
                /** @description Score computed by the server. */
                score: number;
                /** @description Qualitative rating of the score. */
                severity: string;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Reports that may describe the same issue (staff)
     * @description Candidates found by trigram search on title and product, ranked by title, description and product similarity with a bonus for the same CWE.
     */
    get: {
      parameters: {
        query?: {
          /** @description How many (default 10). */
          limit?: number;
        };
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Most similar first. */
              items: {
                /** @description Report reference. */
                id: string;
                /** @description Title. */
                title: string;
                /** @description Lifecycle state. */
                status: string;
                /**
                 * Format: date-time
                 * @description When it arrived (UTC).
                 */
                receivedAt: string;
                /** @description Similarity from 0 to 1. */
                score: number;
                /** @description Fields that matched: title, description, product, cwe. */
                matched: string[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Messages on a report
     * @description Staff see every message and internal note; the reporter (tracking token or owning account) sees the messages that are not internal. Anyone else gets 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Oldest first. */
              items: {
                /** @description Message id. */
                id: string;
                /**
                 * @description Which side wrote it.
                 * @enum {unknown}
                 */
                author: 'staff' | 'reporter';
                /** @description The staff account that wrote it (shown to staff only), or null. */
                authorId: string | null;
                /** @description Staff only: the display name of the staff account that wrote it (its e-mail address when it has no name). Null for the reporter's messages, for every message when the reader is the reporter, and when the writer is not known as a member of staff (no account recorded, or the account is no longer staff). */
                authorName: string | null;
                /** @description An internal note: staff only. */
                internal: boolean;
                /** @description The Markdown source. */
                body: string;
                /** @description The body rendered from Markdown; raw HTML is escaped, links limited to http(s) and mailto, no images. */
                bodyHtml: string;
                /**
                 * Format: date-time
                 * @description When it was written (UTC).
                 */
                createdAt: string;
                /** @description Files sent with the message, in the order sent; download each at GET /api/v1/reports/{id}/attachments/{attachmentId}. */
                attachments: {
                  /** @description Attachment id. */
                  id: string;
                  /** @description File name as sent (base name only, control characters removed). */
                  filename: string;
                  /** @description Media type as sent; downloads are always application/octet-stream. */
                  contentType: string;
                  /** @description Size in bytes. */
                  size: number;
                  /** @description Hex SHA-256 of the content. */
                  sha256: string;
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Write a message or an internal note
     * @description Markdown, as application/json, or as multipart/form-data with a part `message` holding the same JSON and up to 10 parts `attachments` (each at most MAX_ATTACHMENT_MB; streamed to encrypted storage, size and SHA-256 recorded). Staff may write to the reporter (`internal: false`) or an internal note (`internal: true`); the reporter may only write messages, and an answer to a report waiting on them (needs-info) moves it back to triage. The files of an internal note are for staff only. Every message is announced by e-mail (without its text or files).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The message, in Markdown. */
            body: string;
            /** @description An internal note for staff only (default false). */
            internal?: boolean;
          };
          'multipart/form-data': {
            /** @description The message: the same JSON object as the application/json body. */
            message: string;
            /** @description Up to 10 files, each at most MAX_ATTACHMENT_MB. Stored encrypted; size and SHA-256 recorded. Files of an internal note are for staff only. */
            attachments?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Message id. */
              id: string;
              /**
               * @description Which side wrote it.
               * @enum {unknown}
               */
              author: 'staff' | 'reporter';
              /** @description The staff account that wrote it (shown to staff only), or null. */
              authorId: string | null;
              /** @description Staff only: the display name of the staff account that wrote it (its e-mail address when it has no name). Null for the reporter's messages, for every message when the reader is the reporter, and when the writer is not known as a member of staff (no account recorded, or the account is no longer staff). */
              authorName: string | null;
              /** @description An internal note: staff only. */
              internal: boolean;
              /** @description The Markdown source. */
              body: string;
              /** @description The body rendered from Markdown; raw HTML is escaped, links limited to http(s) and mailto, no images. */
              bodyHtml: string;
              /**
               * Format: date-time
               * @description When it was written (UTC).
               */
              createdAt: string;
              /** @description Files sent with the message, in the order sent; download each at GET /api/v1/reports/{id}/attachments/{attachmentId}. */
              attachments: {
                /** @description Attachment id. */
                id: string;
                /** @description File name as sent (base name only, control characters removed). */
                filename: string;
                /** @description Media type as sent; downloads are always application/octet-stream. */
                contentType: string;
                /** @description Size in bytes. */
                size: number;
                /** @description Hex SHA-256 of the content. */
                sha256: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a file of a report or of one of its messages
     * @description The decrypted content as application/octet-stream with Content-Disposition: attachment. Staff may download every file; the reporter (tracking token or owning account) the files of the report and of messages that are not internal notes. Any other caller, and the reporter asking for a file of an internal note, gets 404. Content-Length and Repr-Digest (RFC 9530, `sha-256=:<base64>:`) give the size and SHA-256 recorded at upload; a file whose stored form was altered ends the transfer early instead of completing.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report reference, e.g. VD-2026-00042. */
          id: string;
          /** @description Attachment id, as listed with the report or its messages. */
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file. */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The product catalogue (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Product families, by name. */
              families: {
                /** @description Family id. */
                id: string;
                /** @description Family name. */
                name: string;
              }[];
              /** @description Products, by name. */
              products: {
                /** @description Product id. */
                id: string;
                /** @description Product name. */
                name: string;
                /**
                 * @description An installed product or an online service.
                 * @enum {unknown}
                 */
                kind: 'product' | 'online-service';
                /** @description Family, or null. */
                familyId: string | null;
                /** @description Product page or service address, or null. */
                url: string | null;
                /** @description When it was retired (UTC), or null. */
                retiredAt: string | null;
                /** @description Versions, oldest entry first. */
                versions: {
                  /** @description Version id. */
                  id: string;
                  /** @description Version name, e.g. 4.2 or 2026 H1. */
                  name: string;
                  /** @description Release date (YYYY-MM-DD), or null. */
                  releasedOn: string | null;
                  /** @description End of security support (YYYY-MM-DD), or null. */
                  supportedUntil: string | null;
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a product or online service (case manager, admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Name. */
            name: string;
            /**
             * @description product or online-service.
             * @enum {unknown}
             */
            kind: 'product' | 'online-service';
            /** @description Family. */
            familyId?: string | null;
            /** @description Address of the product page or online service: https (http only for localhost; otherwise refused with the rule `https-required`). */
            url?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Id of the new entry. */
              id: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/product-families': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a product family (case manager, admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Name. */
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Id of the new entry. */
              id: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, regroup, retire or reinstate a product (case manager, admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Product id. */
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Name. */
            name?: string;
            /** @description Family. */
            familyId?: string | null;
            /** @description Address of the product page or online service: https (http only for localhost; otherwise refused with the rule `https-required`). */
            url?: string | null;
            /** @description Retired (true) or in service. */
            retired?: boolean;
          };
        };
      };
      responses: {
        /** @description Saved. */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{productId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a version with its support dates (case manager, admin)
     * @description Online services have no versions: adding one to an online service answers 400 naming `productId` (rule `not-allowed`).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Product id. */
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Version name. */
            name: string;
            /** @description Release date (YYYY-MM-DD), or null. */
            releasedOn?: string | null;
            /** @description End of security support (YYYY-MM-DD), or null. */
            supportedUntil?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Id of the new entry. */
              id: string;
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Response metrics: times, SLA compliance and backlog over time
     * @description Median and 90th percentile of the times to first response, triage and fix; SLA compliance per period; and the backlog at the end of each period by state, severity and product. Times in UTC. Staff with `metrics.read`.
     */
    get: {
      parameters: {
        query?: {
          /** @description First day of the range (YYYY-MM-DD, UTC), included. Default: the first day of the month eleven months before `to`. */
          from?: string;
          /** @description Last day of the range (YYYY-MM-DD, UTC), included; the range stops at the current time. Default: today. At most 5 years after `from`. */
          to?: string;
          /** @description Length of the periods the range is cut into: ISO weeks (from Monday) or calendar months. Default: month. */
          interval?: 'week' | 'month';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The range measured. */
              range: {
                /**
                 * Format: date
                 * @description First day of the range (UTC).
                 */
                from: string;
                /**
                 * Format: date
                 * @description Last day of the range (UTC).
                 */
                to: string;
                /**
                 * Format: date-time
                 * @description Start of the range: `from` at 00:00 UTC.
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description End of the range: the end of `to`, or the current time if earlier.
                 */
                end: string;
              };
              /**
               * @description Length of the periods.
               * @enum {unknown}
               */
              interval: 'week' | 'month';
              /** @description Time to first response: calendar time from receipt, pauses included, of the reports whose clock was satisfied within the range. */
              timeToFirstResponse: {
                /** @description How many reports the durations were measured on. */
                count: number;
                /** @description Median duration in hours (0.01 h); null without durations. */
                medianHours: number | null;
                /** @description 90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations. */
                p90Hours: number | null;
                /** @description The same summary for each period, by the time the clock was satisfied. */
                byPeriod: {
                  /**
                   * Format: date-time
                   * @description Start of the period (UTC), included.
                   */
                  start: string;
                  /**
                   * Format: date-time
                   * @description End of the period (UTC), excluded.
                   */
                  end: string;
                  /** @description How many reports the durations were measured on. */
                  count: number;
                  /** @description Median duration in hours (0.01 h); null without durations. */
                  medianHours: number | null;
                  /** @description 90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations. */
                  p90Hours: number | null;
                }[];
              };
              /** @description Time to triage (accepted as a case or rejected): calendar time from receipt, pauses included, of the reports whose clock was satisfied within the range. */
              timeToTriage: {
                /** @description How many reports the durations were measured on. */
                count: number;
                /** @description Median duration in hours (0.01 h); null without durations. */
                medianHours: number | null;
                /** @description 90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations. */
                p90Hours: number | null;
                /** @description The same summary for each period, by the time the clock was satisfied. */
                byPeriod: {
                  /**
                   * Format: date-time
                   * @description Start of the period (UTC), included.
                   */
                  start: string;
                  /**
                   * Format: date-time
                   * @description End of the period (UTC), excluded.
                   */
                  end: string;
                  /** @description How many reports the durations were measured on. */
                  count: number;
                  /** @description Median duration in hours (0.01 h); null without durations. */
                  medianHours: number | null;
                  /** @description 90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations. */
                  p90Hours: number | null;
                }[];
              };
              /** @description Time to fix (case complete): calendar time from receipt, pauses included, of the reports whose clock was satisfied within the range. */
              timeToFix: {
                /** @description How many reports the durations were measured on. */
                count: number;
                /** @description Median duration in hours (0.01 h); null without durations. */
                medianHours: number | null;
                /** @description 90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations. */
                p90Hours: number | null;
                /** @description The same summary for each period, by the time the clock was satisfied. */
                byPeriod: {
                  /**
                   * Format: date-time
                   * @description Start of the period (UTC), included.
                   */
                  start: string;
                  /**
                   * Format: date-time
                   * @description End of the period (UTC), excluded.
                   */
                  end: string;
                  /** @description How many reports the durations were measured on. */
                  count: number;
                  /** @description Median duration in hours (0.01 h); null without durations. */
                  medianHours: number | null;
                  /** @description 90th percentile in hours (0.01 h), by linear interpolation between closest ranks; null without durations. */
                  p90Hours: number | null;
                }[];
              };
              /** @description SLA outcomes per period: a clock counts once, when met or when it fell due unsatisfied. Running and stopped clocks do not count. */
              slaCompliance: {
                /**
                 * Format: date-time
                 * @description Start of the period (UTC), included.
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description End of the period (UTC), excluded.
                 */
                end: string;
                /** @description The first-response clock. */
                firstResponse: {
                  /** @description Clocks satisfied on time (counted when satisfied). */
                  met: number;
                  /** @description Clocks that fell due unsatisfied (counted at their due time). */
                  missed: number;
                  /** @description met / (met + missed), 0 to 1 (four decimals); null when none counted. */
                  rate: number | null;
                };
                /** @description The triage clock. */
                triage: {
                  /** @description Clocks satisfied on time (counted when satisfied). */
                  met: number;
                  /** @description Clocks that fell due unsatisfied (counted at their due time). */
                  missed: number;
                  /** @description met / (met + missed), 0 to 1 (four decimals); null when none counted. */
                  rate: number | null;
                };
                /** @description The fix clock. */
                fix: {
                  /** @description Clocks satisfied on time (counted when satisfied). */
                  met: number;
                  /** @description Clocks that fell due unsatisfied (counted at their due time). */
                  missed: number;
                  /** @description met / (met + missed), 0 to 1 (four decimals); null when none counted. */
                  rate: number | null;
                };
              }[];
              /** @description Open reports at the end of each period, rebuilt from the status, severity and product history. */
              backlog: {
                /**
                 * Format: date-time
                 * @description The moment counted: the end of the period (UTC).
                 */
                at: string;
                /** @description Open reports (every state but closed and rejected). */
                total: number;
                /** @description Open reports by their state at that moment. */
                byState: {
                  /** @description Open reports in new. */
                  new: number;
                  /** @description Open reports in triage. */
                  triage: number;
                  /** @description Open reports in needs-info. */
                  'needs-info': number;
                  /** @description Open reports in review-repro. */
                  'review-repro': number;
                  /** @description Open reports in develop. */
                  develop: number;
                  /** @description Open reports in pre-release. */
                  'pre-release': number;
                  /** @description Open reports in complete. */
                  complete: number;
                };
                /** @description Open reports by their vendor severity at that moment. */
                bySeverity: {
                  /** @description Open reports rated critical. */
                  critical: number;
                  /** @description Open reports rated important. */
                  important: number;
                  /** @description Open reports rated moderate. */
                  moderate: number;
                  /** @description Open reports rated low. */
                  low: number;
                  /** @description Open reports not rated yet. */
                  unrated: number;
                };
                /** @description Open reports by their product at that moment, products with none left out; by name, reports without a product last. */
                byProduct: {
                  /** @description Catalogue product id; null for reports without a product. */
                  productId: string | null;
                  /** @description Product name; null for reports without a product or a product no longer in the catalogue. */
                  name: string | null;
                  /** @description Open reports of that product. */
                  count: number;
                }[];
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            /** @description The authentication challenge: `Bearer realm="vulndesk"`, with `error="invalid_token"` when the request sent a bearer token that is unknown, revoked or expired (RFC 6750 §3). The session cookie, the other way to sign in, has no challenge of its own. */
            'WWW-Authenticate'?: string;
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
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
    /** @description RFC 9457 problem details. */
    Problem: {
      /** @description URI naming the kind of problem (urn:vulndesk:problem:<code>). */
      type: string;
      /** @description Short summary of the kind of problem. */
      title: string;
      /** @description HTTP status code. */
      status: number;
      /** @description What went wrong in this request. */
      detail: string;
      /** @description Stable error code. */
      code: string;
      /** @description The request path. */
      instance?: string;
      /** @description One entry per offending field. */
      errors: {
        /** @description The offending field, e.g. reporter.email. */
        path: string;
        /** @description What is wrong with it, in English. A client that shows errors in another language words `rule` instead, when there is one. */
        message: string;
        /**
         * @description The rule the field breaks, as a stable value for clients to word in their own language; absent when no rule fits (show `message` then). required: A value is needed here and is missing or empty. unknown-field: The field is not part of the API. type: The value has the wrong JSON type. format: The value does not have the expected form (a pattern, a format, one of several shapes). not-allowed: The value is not one of those allowed here. too-short: Fewer characters than `limit`. too-long: More characters than `limit`. too-few: Fewer items than `limit`. too-many: More items than `limit`. too-small: A number below `limit` (or at it, when the bound is exclusive). too-large: A number above `limit` (or at it, when the bound is exclusive). file-too-large: A file larger than `limit` MB. too-many-files: More than `limit` files. range-too-long: A date range longer than `limit` years. invalid-email: Not an e-mail address. invalid-url: Not an http or https URL. https-required: An http URL where https is needed (plain http only for localhost). invalid-date: Not a real calendar date (YYYY-MM-DD). invalid-cvss: Not a valid CVSS vector, or not of the CVSS version the field takes. unknown-cwe: Not the id of an entry in the CWE catalogue. pgp-key-unreadable: Not a readable ASCII-armored OpenPGP public key. pgp-key-private: An OpenPGP private key where the public key belongs. pgp-key-unusable: An OpenPGP key that is revoked, expired, not self-signed or has no encryption subkey. taken: Already in use (the e-mail address of an account, the name of a product). wrong-code: Not the current code of the authenticator app. invalid-link: The link (its token) is unknown, used already or expired. last-admin: The change would leave no enabled admin account. end-before-start: An end date before its start date. in-future: A date in the future. unknown-report: No report has this id. self-duplicate: A report named as a duplicate of itself. original-later: The report named as the original was received after this one: it is the duplicate. original-rejected: The report named as the original was rejected for another reason than being a duplicate. set-first: A case fact the requested change of state needs to be set first. listed-twice: The same entry is listed twice. whole-and-versions: A product listed both as a whole and by version. exploitation-mismatch: Exploited in the wild and the exploitability index disagree.
         * @enum {unknown}
         */
        rule?:
          | 'required'
          | 'unknown-field'
          | 'type'
          | 'format'
          | 'not-allowed'
          | 'too-short'
          | 'too-long'
          | 'too-few'
          | 'too-many'
          | 'too-small'
          | 'too-large'
          | 'file-too-large'
          | 'too-many-files'
          | 'range-too-long'
          | 'invalid-email'
          | 'invalid-url'
          | 'https-required'
          | 'invalid-date'
          | 'invalid-cvss'
          | 'unknown-cwe'
          | 'pgp-key-unreadable'
          | 'pgp-key-private'
          | 'pgp-key-unusable'
          | 'taken'
          | 'wrong-code'
          | 'invalid-link'
          | 'last-admin'
          | 'end-before-start'
          | 'in-future'
          | 'unknown-report'
          | 'self-duplicate'
          | 'original-later'
          | 'original-rejected'
          | 'set-first'
          | 'listed-twice'
          | 'whole-and-versions'
          | 'exploitation-mismatch';
        /** @description The bound `rule` names, sent with these rules only. too-short: Fewer characters than `limit`. too-long: More characters than `limit`. too-few: Fewer items than `limit`. too-many: More items than `limit`. too-small: A number below `limit` (or at it, when the bound is exclusive). too-large: A number above `limit` (or at it, when the bound is exclusive). file-too-large: A file larger than `limit` MB. too-many-files: More than `limit` files. range-too-long: A date range longer than `limit` years. */
        limit?: number;
      }[];
    };
    /** @description A member of staff. */
    StaffMember: {
      /** @description Account id. */
      id: string;
      /** @description E-mail address. */
      email: string;
      /** @description Display name, or null. */
      name: string | null;
      /** @description Staff role. */
      role: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
