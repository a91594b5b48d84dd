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
    get?: never;
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
              /** @description Status of the report. */
              status: string;
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
              /** @description Files sent with the report. */
              attachments: {
                /** @description Attachment id. */
                id: string;
                /** @description File name as sent. */
                filename: string;
                /** @description Media type as sent. */
                contentType: string;
                /** @description Size in bytes. */
                size: number;
                /** @description Hex SHA-256 of the content. */
                sha256: string;
              }[];
              /** @description What happened to the report, oldest first. */
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
                /** @description Details. */
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
              /** @description Most attachments per report. */
              maxAttachments: number;
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
                /** @description Status. */
                status: string;
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
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details. */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
            };
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
            'application/json': {
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
                /** @description What is wrong with it. */
                message: string;
              }[];
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
