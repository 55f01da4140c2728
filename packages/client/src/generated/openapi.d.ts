// Generated from the OpenAPI document of @coach/server (GET /api/openapi.json) by
// packages/client/scripts/generate.ts with openapi-typescript. Do not edit: run
// `npm run generate -w @coach/client` after changing a route or schema of the server.

export interface paths {
    "/api/demos/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the interviews a candidate can choose */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The demos (interview templates). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DemoList"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/upload-resume/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a resume and start an interview
         * @description Reads the resume (the file type is decided from its bytes, never from its name or declared type), detects the role, plans the interview and returns the first question. The answer holds `session_id`, the capability for every later call.
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
                    "multipart/form-data": components["schemas"]["UploadResumeRequest"];
                };
            };
            responses: {
                /** @description The session and its first question. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UploadResumeResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Gone (e.g. an expired or revoked interview link). */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file cannot be read (encrypted, empty, no text). */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submit-answer-and-get-next/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the current question and get the next one
         * @description The answer is stored before it is evaluated, so a failed evaluation can be retried with the same call. A second answer to the same question is refused with 409 `QUESTION_ALREADY_ANSWERED`.
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
                    "application/json": components["schemas"]["SubmitAnswerRequest"];
                };
            };
            responses: {
                /** @description The evaluation and the next question (null after the last). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitAnswerResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/get-final-feedback/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the overall feedback once every question is answered
         * @description Idempotent: computed once, then returned as stored. Creates (or updates) the report recruiters see.
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
                    "application/json": components["schemas"]["SessionIdRequest"];
                };
            };
            responses: {
                /** @description The overall feedback. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinalFeedbackResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/get-dsa-question/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start (or resume) the DSA round
         * @description Needs every planned question answered. Idempotent: a second call returns the same problem and the conversation so far.
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
                    "application/json": components["schemas"]["SessionIdRequest"];
                };
            };
            responses: {
                /** @description The problem. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DsaQuestionResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/run-code/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run code against the visible examples
         * @description Runs the code in the sandbox against the problem's visible examples only. Nothing is scored or stored. 404 for an unknown session, 409 DSA_NOT_STARTED before the DSA round, 422 UNSUPPORTED_LANGUAGE for a language not in `question.languages`, 413 CODE_TOO_LONG beyond 20 000 characters.
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
                    "application/json": components["schemas"]["CodeRequest"];
                };
            };
            responses: {
                /** @description Each example: input, expected, actual, error, time. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RunCodeResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file cannot be read (encrypted, empty, no text). */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submit-code/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit code: run every test, score it, continue the discussion
         * @description Runs the visible examples and the hidden tests (hidden cases show only name and pass/fail), stores the submission in the DSA round, and asks the interviewer about the code. Score: 10 × the share of tests passed, minus 2 when the small tests pass but the large inputs time out; when every test passes, blended 85/15 with the interviewer's score of the code. The discussion continues with `continue-pseudocode`. The same code submitted again is not counted twice. 409 DSA_ALREADY_DONE once the round is finished.
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
                    "application/json": components["schemas"]["CodeRequest"];
                };
            };
            responses: {
                /** @description The score, feedback, test results and maybe a follow-up question. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitCodeResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file cannot be read (encrypted, empty, no text). */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submit-pseudocode/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit pseudocode for the DSA problem */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubmitPseudocodeRequest"];
                };
            };
            responses: {
                /** @description Feedback, a score and maybe a follow-up question. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitPseudocodeResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/continue-pseudocode/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the interviewer's follow-up in the DSA round */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContinuePseudocodeRequest"];
                };
            };
            responses: {
                /** @description The interviewer's reply; `done` ends the round. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContinuePseudocodeResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/get-combined-report/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge the questions and the DSA round into the final report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SessionIdRequest"];
                };
            };
            responses: {
                /** @description The combined report (`dsa` is null when there was no DSA round). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CombinedReport"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/text-to-speech/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Speak a text
         * @description Answers audio bytes: `audio/mpeg` from ElevenLabs, `audio/wav` from the built-in offline voice. 501 when speech is off.
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
                    "application/json": components["schemas"]["TextToSpeechRequest"];
                };
            };
            responses: {
                /** @description The audio. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "audio/mpeg": string;
                        "audio/wav": string;
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The capability has no provider configured. */
                501: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider failed. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/sessions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state of a session, to resume it after a reload */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The session id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Where the session stands. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionState"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/reports/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reports, filtered and paginated */
        get: {
            parameters: {
                query?: {
                    decision?: components["schemas"]["Decision"];
                    /** @description Exact role title. */
                    role?: string;
                    min_score?: number | null;
                    /** @description Only reports of interviews built from this template. */
                    template_id?: string;
                    /** @description Search in candidate name, email and role. */
                    q?: string;
                    /** @description Newest first (default) or highest score first. */
                    sort?: "newest" | "score";
                    /** @description 1 to 100; default 20. */
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of reports. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportList"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/reports/statistics/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals, decisions, score distribution, roles and weekly counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The statistics. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statistics"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/reports/create/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store a report made elsewhere */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateReportRequest"];
                };
            };
            responses: {
                /** @description The stored report. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Report"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/reports/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole report, with per-question feedback, the DSA part, the decision history and the invite */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Report id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReportDetails"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/reports/{id}/delete/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase the report and everything of the candidate's session */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Report id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Erased. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/decision/": {
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
         * Accept, decline or reset a candidate
         * @description Accepting queues exactly one invite email with the meeting link and tries to send it at once. Accepting twice never sends twice. When the mail server is down the decision is still saved, `email_sent` is false and the invite is retried until sent.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Report id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecisionRequest"];
                };
            };
            responses: {
                /** @description The decision and what happened to the invite. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/webhooks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook endpoints (without secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every endpoint, oldest first. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointList"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a webhook endpoint; its signing secret is returned only here */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWebhookBody"];
                };
            };
            responses: {
                /** @description The endpoint with its secret. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an endpoint with its deliveries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook endpoint id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change, disable, enable an endpoint or rotate its secret */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook endpoint id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateWebhookBody"];
                };
            };
            responses: {
                /** @description The endpoint; `secret` only after a rotation. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UpdateWebhookResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/webhooks/{id}/test/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a `webhook.test` event for this endpoint */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook endpoint id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued; the delivery worker sends it within a second or so. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks/{id}/deliveries/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's deliveries with every attempt, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 100; default 20. */
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description Webhook endpoint id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of deliveries. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks/{id}/deliveries/{delivery_id}/retry/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now, with the same webhook id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Webhook endpoint id. */
                    id: string;
                    /** @description Delivery id. */
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued again. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/templates/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List interview templates, unpublished ones included */
        get: {
            parameters: {
                query?: {
                    /** @description Also list archived templates. */
                    include_archived?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ordered by title. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateList"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Author an interview template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTemplateBody"];
                };
            };
            responses: {
                /** @description The template, at version 1. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Template"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/templates/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One interview template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Template id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The template. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Template"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Archive a template: gone from the demos and new interviews, reports keep their link */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Template id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The archived template. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Template"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change, publish or unpublish a template; running interviews keep the version they started with */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Template id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTemplateBody"];
                };
            };
            responses: {
                /** @description The template at its next version. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Template"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/invitations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations with their status, newest first */
        get: {
            parameters: {
                query?: {
                    template_id?: string;
                    status?: components["schemas"]["InvitationStatus"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invitations. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationList"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Make a personal interview link for one candidate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateInvitationBody"];
                };
            };
            responses: {
                /** @description The invitation with its token and link (shown only here). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedInvitation"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/invitations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a link (refused with 409 once completed) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Invitation id. */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revoked invitation. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflicts with the current state (e.g. the question was already answered). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/public/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the widget shows for a link: the interview title and whether the link still works
         * @description Marks a fresh link `opened`. Start the interview with `POST /api/upload-resume/` and the `invitation` form field.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The token from the link. */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The interview the link is for. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationPublic"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/recruiter-tokens/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the secret key for a short-lived recruiter token
         * @description Needs `Authorization: Bearer <COACH_SECRET_KEY>` (a token cannot mint tokens), so that an embedded dashboard never holds the secret key.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RecruiterTokenRequest"];
                };
            };
            responses: {
                /** @description The token. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecruiterTokenResponse"];
                    };
                };
                /** @description Bad input (malformed JSON, a missing or wrong field). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Missing or invalid credentials. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed (e.g. an origin outside COACH_ALLOWED_ORIGINS). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unsupported file or content type. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Rate limited; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and storage check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The server and its database answer. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description An upstream provider or the database is unavailable. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
export interface webhooks {
    "interview.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A report was created: a candidate finished an interview (or a report was stored through the API).
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "interview.completed";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["InterviewCompletedData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "report.decision_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A recruiter changed a decision.
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "report.decision_changed";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["ReportDecisionChangedData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "report.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A report was erased by a recruiter (retention erasures send no event).
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "report.deleted";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["ReportDeletedData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invite.sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The invite email went to the mail server.
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "invite.sent";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["InviteSentData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invite.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The invite email was given up after its last retry.
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "invite.failed";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["InviteFailedData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "invitation.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A candidate finished the interview of a personal invitation link.
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "invitation.completed";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["InvitationCompletedData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sent on request from POST /api/webhooks/{id}/test/.
         * @description Signed as the Standard Webhooks specification says: headers `webhook-id` (the same on every retry), `webhook-timestamp` (seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint secret; two signatures, space-separated, during a rotation). Answer 2xx within 15 s; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h; `410 Gone` disables the endpoint.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    "webhook-id": string;
                    "webhook-timestamp": string;
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "webhook.test";
                        /** @description When the event happened (ISO-8601). */
                        timestamp: string;
                        data: components["schemas"]["WebhookTestData"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx status acknowledges the event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Disables the endpoint. */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        InterviewCompletedData: {
            report_id: string;
            session_id: string | null;
            template_id: string | null;
            role: string;
            candidate: {
                name: string;
                email: string;
            };
            scores: {
                overall: number;
                behavioral: number | null;
                technical: number | null;
                dsa: number | null;
            };
            created_at: string;
        };
        ReportDecisionChangedData: {
            report_id: string;
            from: components["schemas"]["Decision"];
            to: components["schemas"]["Decision"];
            actor: string;
            at: string;
        };
        /** @enum {string} */
        Decision: "Pending" | "Accepted" | "Declined";
        ReportDeletedData: {
            report_id: string;
            deleted_at: string;
        };
        InviteSentData: {
            invite_id: string;
            report_id: string;
            to_email: string;
            sent_at: string;
        };
        InviteFailedData: {
            invite_id: string;
            report_id: string;
            to_email: string;
            attempts: number;
            last_error: string | null;
        };
        InvitationCompletedData: {
            invitation_id: string;
            report_id: string;
            session_id: string | null;
            template_id: string | null;
            candidate: {
                name: string;
                email: string;
            };
        };
        WebhookTestData: {
            endpoint_id: string;
            message: string;
        };
        DemoList: components["schemas"]["Demo"][];
        Demo: {
            /** @example software-engineer */
            id: string;
            title: string;
            description: string;
            role_focus: string | null;
            behavioral_questions: number;
            technical_questions: number;
            include_dsa: boolean;
        };
        Error: {
            error: {
                /**
                 * @description Machine-readable, UPPER_SNAKE_CASE.
                 * @example NOT_FOUND
                 */
                code: string;
                /**
                 * @description For a person.
                 * @example No session with that id.
                 */
                message: string;
                /** @description Also in the X-Request-Id header; quote it when reporting a problem. */
                request_id: string;
            };
        };
        UploadResumeResponse: {
            /** @description An unguessable capability: whoever holds it can continue the interview. */
            session_id: string;
            demo_id: string;
            /** @description The detected role, e.g. `Backend Engineer`. */
            role: string;
            role_details: components["schemas"]["RoleDetails"];
            candidate: components["schemas"]["Candidate"];
            question: components["schemas"]["Question"];
            question_number: number;
            total_questions: number;
            include_dsa: boolean;
        };
        RoleDetails: {
            title: string;
            family: string;
            /** @enum {string} */
            seniority: "junior" | "mid" | "senior" | "lead";
            matched_skills: string[];
        };
        Candidate: {
            name: string | null;
            email: string | null;
        };
        Question: {
            /** @description Send it back with the answer. */
            id: string;
            text: string;
            /** @enum {string} */
            kind: "behavioral" | "technical";
            is_follow_up: boolean;
        };
        UploadResumeRequest: {
            /**
             * Format: binary
             * @description PDF, PNG or JPEG (DOCX welcome). The type is read from the content.
             */
            resume: string;
            /** @description A demo (template) id from GET /api/demos/. */
            demo_id?: string;
            /** @description A personal link's token (instead of `demo_id`): the interview is the invitation's; 409 `INVITATION_USED`, 410 `INVITATION_EXPIRED`. */
            invitation?: string;
            /** @description Optional job description the questions should target. */
            job_description?: string;
        };
        SubmitAnswerResponse: {
            evaluation: components["schemas"]["Evaluation"];
            next_question: components["schemas"]["Question"] | null;
            is_final: boolean;
            /** @description Planned number of the next question; a follow-up keeps the number of the question it follows. */
            question_number: number;
            /** @description Planned questions; follow-ups do not add to it. */
            total_questions: number;
        };
        Evaluation: {
            score: number;
            /** @description Two or three sentences to the candidate, as a coach would say them. */
            feedback: string;
            /** @description How the score was reached, one line per criterion with its points; may be empty. */
            scoring: string[];
            strengths: string[];
            improvements: string[];
            /** @description Short quotes from the candidate's answer that support the score. */
            evidence: string[];
            /** @enum {string} */
            evidence_status: "sufficient" | "insufficient_evidence";
        };
        SubmitAnswerRequest: {
            /**
             * @description The session id.
             * @example q3V2m1bQm8uV8oD7zKp1Xw
             */
            session_id: string;
            /**
             * @description The id of the question being answered.
             * @example q3V2m1bQm8uV8oD7zKp1Xw
             */
            question_id: string;
            /** @description The answer, as typed or transcribed. */
            answer: string;
        };
        FinalFeedbackResponse: {
            overall_score: number;
            summary: string;
            strengths: string[];
            improvements: string[];
            questions: components["schemas"]["FeedbackQuestion"][];
            report_id: string;
            include_dsa: boolean;
        };
        FeedbackQuestion: {
            question: string;
            /** @enum {string} */
            kind: "behavioral" | "technical";
            answer: string;
            score: number;
            feedback: string;
            evidence: string[];
            /** @enum {string} */
            evidence_status: "sufficient" | "insufficient_evidence";
        };
        SessionIdRequest: {
            /**
             * @description The session id from upload-resume.
             * @example q3V2m1bQm8uV8oD7zKp1Xw
             */
            session_id: string;
        };
        DsaQuestionResponse: {
            question: components["schemas"]["DsaQuestion"];
            /** @description The conversation so far (empty for a new round). */
            messages: components["schemas"]["DsaMessage"][];
            submissions: number;
            /** @description Runnable code submitted so far, oldest first. */
            code_submissions: components["schemas"]["DsaCodeSubmission"][];
            done: boolean;
        };
        DsaQuestion: components["schemas"]["DsaProblem"] & {
            /**
             * @description What the solution may be written in: pseudocode always, then the runnable languages this server offers for the problem.
             * @example [
             *       "pseudocode",
             *       "javascript",
             *       "python"
             *     ]
             */
            languages: ("pseudocode" | "javascript" | "python")[];
            /**
             * @description The starting code per runnable language offered.
             * @example {
             *       "javascript": "function twoSum(nums, target) {\n}",
             *       "python": "def two_sum(nums, target):\n    pass"
             *     }
             */
            signatures: {
                javascript?: string;
                python?: string;
            };
        };
        DsaProblem: {
            id: string;
            title: string;
            prompt: string;
            examples: {
                input: string;
                output: string;
                explanation?: string;
            }[];
            /** @enum {string} */
            difficulty: "easy" | "medium" | "hard";
            topics: string[];
        };
        DsaMessage: {
            /** @enum {string} */
            role: "candidate" | "interviewer";
            /** @enum {string} */
            kind: "pseudocode" | "message" | "feedback" | "follow_up";
            text: string;
            at: string;
        };
        DsaCodeSubmission: {
            id: string;
            language: components["schemas"]["CodeLanguage"];
            code: string;
            /** @enum {string} */
            status: "passed" | "failed" | "error" | "timeout" | "memory_limit";
            tests_passed: number;
            tests_total: number;
            /** @description The score from the tests alone: 10 × share passed, minus 2 when the large inputs time out. */
            score: number;
            timing_note: string | null;
            created_at: string;
        };
        /** @enum {string} */
        CodeLanguage: "javascript" | "python";
        RunCodeResponse: {
            status: components["schemas"]["CodeStatus"];
            /** @description Why the code did not load or the run stopped. */
            message: string | null;
            tests: components["schemas"]["CodeTests"];
        };
        /**
         * @description `error`: a syntax or runtime error (the message says which and where); `timeout` / `memory_limit`: a limit stopped the code.
         * @enum {string}
         */
        CodeStatus: "passed" | "failed" | "error" | "timeout" | "memory_limit";
        CodeTests: {
            passed: number;
            total: number;
            cases: components["schemas"]["CodeTestCase"][];
        };
        CodeTestCase: {
            name: string;
            passed: boolean;
            /** @description Hidden tests show only their name and whether they passed. */
            hidden: boolean;
            /** @description The arguments (visible tests only). */
            input?: unknown[];
            expected?: unknown;
            actual?: unknown;
            error?: string | null;
            time_ms?: number;
        };
        CodeRequest: {
            /**
             * @description The session id.
             * @example q3V2m1bQm8uV8oD7zKp1Xw
             */
            session_id: string;
            /**
             * @description One of `question.languages` other than `pseudocode`: `javascript` or `python`.
             * @example javascript
             */
            language: string;
            /** @description The source code, at most 20000 characters (413 CODE_TOO_LONG beyond). */
            code: string;
        };
        SubmitCodeResponse: {
            score: number;
            feedback: string;
            status: components["schemas"]["CodeStatus"];
            message: string | null;
            timing_note: string | null;
            tests: components["schemas"]["CodeTests"];
            follow_up: string | null;
            done: boolean;
        };
        SubmitPseudocodeResponse: {
            feedback: string;
            score: number;
            follow_up: string | null;
            done: boolean;
            evaluation: components["schemas"]["DsaEvaluation"] | null;
        };
        DsaEvaluation: {
            score: number;
            feedback: string;
            approach: string | null;
            time_complexity: string | null;
            space_complexity: string | null;
            edge_cases_handled: string[];
            edge_cases_missed: string[];
            strengths: string[];
            improvements: string[];
        };
        SubmitPseudocodeRequest: {
            /**
             * @description The session id.
             * @example q3V2m1bQm8uV8oD7zKp1Xw
             */
            session_id: string;
            /** @description The approach, in pseudocode or prose. */
            pseudocode: string;
        };
        ContinuePseudocodeResponse: {
            reply: string;
            follow_up: string | null;
            done: boolean;
            score: number | null;
        };
        ContinuePseudocodeRequest: {
            /**
             * @description The session id.
             * @example q3V2m1bQm8uV8oD7zKp1Xw
             */
            session_id: string;
            /** @description The candidate's reply to the follow-up. */
            message: string;
        };
        CombinedReport: {
            report_id: string;
            overall_score: number;
            behavioral_score: number | null;
            technical_score: number | null;
            dsa_score: number | null;
            weights: {
                behavioral: number;
                technical: number;
                dsa: number;
            };
            behavioral: {
                behavioral_score: number | null;
                technical_score: number | null;
                summary: string;
                strengths: string[];
                improvements: string[];
                questions: components["schemas"]["FeedbackQuestion"][];
            };
            dsa: components["schemas"]["ReportDsa"] | null;
        };
        ReportDsa: {
            problem_title: string;
            problem_prompt: string;
            score: number;
            feedback: string;
            approach: string | null;
            time_complexity: string | null;
            conversation: components["schemas"]["DsaMessage"][];
            /** @description The latest runnable code submission: language, tests passed of total, the timing note; null when the candidate ran no code. */
            code: {
                /** @enum {string} */
                language: "javascript" | "python";
                /** @enum {string} */
                status: "passed" | "failed" | "error" | "timeout" | "memory_limit";
                tests_passed: number;
                tests_total: number;
                timing_note: string | null;
                submissions: number;
                code: string;
            } | null;
        };
        TextToSpeechRequest: {
            /** @description The text to speak. */
            text: string;
        };
        SessionState: {
            session_id: string;
            demo_id: string;
            /** @enum {string} */
            state: "interviewing" | "questions_done" | "completed";
            role: string;
            role_details: components["schemas"]["RoleDetails"];
            candidate: components["schemas"]["Candidate"];
            include_dsa: boolean;
            /** @description The unanswered question, or null when every question is answered. */
            question: components["schemas"]["Question"] | null;
            question_number: number;
            total_questions: number;
            turns: components["schemas"]["SessionTurn"][];
            final_feedback: {
                overall_score: number;
                summary: string;
                strengths: string[];
                improvements: string[];
            } | null;
            dsa: (components["schemas"]["DsaQuestionResponse"] & {
                evaluation: components["schemas"]["DsaEvaluation"] | null;
            }) | null;
            report_id: string | null;
            created_at: string;
            last_activity_at: string;
        };
        SessionTurn: {
            id: string;
            number: number;
            /** @enum {string} */
            kind: "behavioral" | "technical";
            question: string;
            is_follow_up: boolean;
            answer: string | null;
            answered_at: string | null;
            evaluation: components["schemas"]["Evaluation"] | null;
        };
        ReportList: {
            reports: components["schemas"]["ReportRow"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        ReportRow: {
            id: string;
            candidate_name: string;
            candidate_email: string;
            role: string;
            overall_score: number;
            decision: components["schemas"]["Decision"];
            created_at: string;
        };
        Statistics: {
            total: number;
            by_decision: {
                Pending: number;
                Accepted: number;
                Declined: number;
            };
            average_score: number | null;
            /** @description Reports per whole score 0..10. */
            score_distribution: number[];
            by_role: {
                role: string;
                count: number;
                average_score: number;
            }[];
            per_week: {
                week_start: string;
                count: number;
            }[];
        };
        Report: components["schemas"]["ReportRow"] & {
            session_id: string | null;
            behavioral_score: number | null;
            technical_score: number | null;
            dsa_score: number | null;
            weights: {
                behavioral: number;
                technical: number;
                dsa: number;
            };
            summary: string;
            strengths: string[];
            improvements: string[];
            questions: components["schemas"]["FeedbackQuestion"][];
            dsa: components["schemas"]["ReportDsa"] | null;
            resume_summary: string | null;
            provenance: components["schemas"]["Provenance"][];
            origin: components["schemas"]["ReportOrigin"];
            updated_at: string;
        };
        Provenance: {
            provider: string;
            model_id: string;
            task: string;
            prompt_version: number;
        };
        /** @description The interview template and personal link the report came from; null for reports stored by hand. */
        ReportOrigin: {
            template_id: string;
            /** @description The authored template version the interview started with; null for starter templates. */
            template_version: number | null;
            invitation_id: string | null;
        } | null;
        CreateReportRequest: {
            /** @description Candidate name. */
            candidate_name: string;
            candidate_email: string;
            /** @description Role title. */
            role: string;
            overall_score: number;
            /** @description Summary. */
            summary?: string;
            strengths?: string[];
            improvements?: string[];
            questions?: {
                /** @description The question. */
                question: string;
                /** @enum {string} */
                kind?: "behavioral" | "technical";
                /** @description The answer. */
                answer: string;
                score: number;
                /** @description Feedback. */
                feedback: string;
            }[];
            decision?: components["schemas"]["Decision"];
        };
        ReportDetails: components["schemas"]["Report"] & {
            /** @description The title of the interview template of `origin` as it is now; null without one. */
            template_title: string | null;
            invitation: components["schemas"]["ReportInvitation"];
            decision_history: components["schemas"]["DecisionChange"][];
            invite: components["schemas"]["InviteStatus"] | null;
            /** @description Why an invite sent now could not go out (no mail server, meeting link or sender), or null when accepting would email it at once. */
            invite_blocked_reason: string | null;
        };
        /** @description The personal link the candidate came through (`origin.invitation_id`); null without one. */
        ReportInvitation: {
            id: string;
            candidate_name: string;
            candidate_email: string;
            status: components["schemas"]["InvitationStatus"];
            created_at: string;
        } | null;
        /** @enum {string} */
        InvitationStatus: "created" | "opened" | "started" | "completed" | "expired" | "revoked";
        DecisionChange: {
            from: components["schemas"]["Decision"];
            to: components["schemas"]["Decision"];
            actor: string;
            at: string;
        };
        InviteStatus: {
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed";
            to_email: string;
            attempts: number;
            last_error: string | null;
            next_attempt_at: string;
            sent_at: string | null;
            /** @description Why a queued invite cannot be sent as the server is configured (no mail server, meeting link or sender), or null. */
            blocked_reason: string | null;
        };
        DecisionResponse: {
            /** @enum {boolean} */
            success: true;
            /** @description False when the report already had this decision. */
            changed: boolean;
            report: components["schemas"]["ReportDetails"];
            /** @description Whether the invite has been handed to the mail server. */
            email_sent: boolean;
            email_message: string;
        };
        DecisionRequest: {
            decision: components["schemas"]["Decision"];
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description `whsec_…`, the signing secret: shown only in this answer.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        /**
         * @description An event an endpoint can subscribe to.
         * @enum {string}
         */
        WebhookEventType: "interview.completed" | "report.decision_changed" | "report.deleted" | "invite.sent" | "invite.failed" | "invitation.completed";
        WebhookEndpoint: {
            id: string;
            url: string;
            description: string | null;
            events: components["schemas"]["WebhookEventType"][];
            enabled: boolean;
            /** @description Why it is disabled: by a recruiter, or after a `410 Gone` answer. */
            disabled_reason: string | null;
            /** @description After a rotation: until when the old secret also signs. */
            previous_secret_expires_at: string | null;
            created_at: string;
            updated_at: string;
        };
        CreateWebhookBody: {
            /**
             * @description `https://` URL (plain `http://` only for hosts in COACH_WEBHOOK_HTTP_HOSTS).
             * @example https://ats.example.com/coach
             */
            url: string;
            /** @description The events to send. */
            events: components["schemas"]["WebhookEventType"][];
            description?: string | null;
        };
        WebhookEndpointList: {
            endpoints: components["schemas"]["WebhookEndpoint"][];
        };
        UpdateWebhookResponse: components["schemas"]["WebhookEndpoint"] & {
            /** @description The new secret after `rotate_secret`, shown only here; null otherwise. */
            secret: string | null;
        };
        UpdateWebhookBody: {
            url?: string;
            events?: components["schemas"]["WebhookEventType"][];
            description?: string | null;
            /** @description `true` also re-enables an endpoint disabled by a `410 Gone`. */
            enabled?: boolean;
            /** @description Make a new secret (returned once); the old one keeps signing for 24 hours. */
            rotate_secret?: boolean;
        };
        WebhookDelivery: {
            id: string;
            /** @description The `webhook-id` header: the same on every attempt. */
            event_id: string;
            event_type: string;
            /** @enum {string} */
            status: "queued" | "sending" | "succeeded" | "failed";
            attempts: number;
            next_attempt_at: string;
            last_status_code: number | null;
            last_error: string | null;
            created_at: string;
            completed_at: string | null;
            /** @description The exact JSON body posted. */
            payload: string;
            /** @description Every attempt, oldest first. */
            attempt_log: components["schemas"]["WebhookAttempt"][];
        };
        WebhookAttempt: {
            number: number;
            started_at: string;
            duration_ms: number;
            /** @description Null when no answer came (refused, timed out, network error). */
            status_code: number | null;
            /** @description The first 1 KiB of the answer. */
            response_body: string | null;
            error: string | null;
            succeeded: boolean;
        };
        WebhookDeliveryList: {
            deliveries: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; null on the last page. */
            next_cursor: string | null;
        };
        TemplateList: {
            templates: components["schemas"]["Template"][];
        };
        Template: {
            id: string;
            title: string;
            description: string;
            /** @description A starter template: read-only, its questions all generated. */
            starter: boolean;
            role: string;
            /**
             * @description Null for starter templates (the level is detected from the résumé).
             * @enum {string|null}
             */
            level: "junior" | "mid" | "senior" | "lead" | null;
            job_description: string | null;
            questions: {
                /**
                 * @description 10–500 characters; asked word for word.
                 * @example Walk us through the last production incident you owned.
                 */
                text: string;
                /** @enum {string} */
                kind: "behavioral" | "technical";
                /** @description The concepts a good answer covers (the rubric looks for them). */
                key_points: string[];
            }[];
            question_count: number;
            follow_ups: boolean;
            dsa: {
                enabled: boolean;
                /** @enum {string} */
                difficulty: "easy" | "medium" | "hard" | "auto";
                languages: ("javascript" | "python")[];
            };
            published: boolean;
            archived_at: string | null;
            version: number;
            created_at: string;
            updated_at: string;
        };
        CreateTemplateBody: {
            title: string;
            description?: string;
            /**
             * @description The job title.
             * @example Platform Engineer
             */
            role: string;
            /** @enum {string} */
            level: "junior" | "mid" | "senior" | "lead";
            job_description?: string | null;
            /** @description Fixed questions, asked first and in this order (at most 20). */
            questions?: components["schemas"]["TemplateQuestion"][];
            /** @description Planned questions: fixed plus generated from the résumé. */
            question_count: number;
            /** @description Whether thin answers get a follow-up (default true). */
            follow_ups?: boolean;
            dsa?: components["schemas"]["TemplateDsa"];
            /** @description Listed in GET /api/demos/ (default false). */
            published?: boolean;
        };
        TemplateQuestion: {
            /**
             * @description 10–500 characters; asked word for word.
             * @example Walk us through the last production incident you owned.
             */
            text: string;
            /** @enum {string} */
            kind: "behavioral" | "technical";
            /** @description The concepts a good answer covers (the rubric looks for them). */
            key_points?: string[];
        };
        TemplateDsa: {
            enabled: boolean;
            /** @enum {string} */
            difficulty?: "easy" | "medium" | "hard" | "auto";
            languages?: ("javascript" | "python")[];
        };
        UpdateTemplateBody: {
            title?: string;
            description?: string;
            /**
             * @description The job title.
             * @example Platform Engineer
             */
            role?: string;
            /** @enum {string} */
            level?: "junior" | "mid" | "senior" | "lead";
            job_description?: string | null;
            /** @description Fixed questions, asked first and in this order (at most 20). */
            questions?: components["schemas"]["TemplateQuestion"][];
            /** @description Planned questions: fixed plus generated from the résumé. */
            question_count?: number;
            /** @description Whether thin answers get a follow-up (default true). */
            follow_ups?: boolean;
            dsa?: components["schemas"]["TemplateDsa"];
            /** @description Listed in GET /api/demos/ (default false). */
            published?: boolean;
            /** @description The version the change was made against; 409 if it moved on. */
            version: number;
        };
        CreatedInvitation: components["schemas"]["Invitation"] & {
            /** @description 128 random bits; shown only here (stored hashed). */
            token: string;
            /** @description `<COACH_PUBLIC_URL>/?invitation=<token>`: the link to send the candidate. */
            url: string;
        };
        /** @description The email that sent the link (`send_email`); null when none was asked for. */
        InvitationEmail: {
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed";
            attempts: number;
            last_error: string | null;
            next_attempt_at: string;
            sent_at: string | null;
        } | null;
        Invitation: {
            id: string;
            template_id: string;
            candidate_name: string;
            candidate_email: string;
            status: components["schemas"]["InvitationStatus"];
            expires_at: string | null;
            session_id: string | null;
            report_id: string | null;
            email: components["schemas"]["InvitationEmail"];
            created_at: string;
            updated_at: string;
        };
        CreateInvitationBody: {
            template_id: string;
            candidate_name: string;
            candidate_email: string;
            /**
             * Format: date-time
             * @description ISO-8601; the link stops working then (410).
             */
            expires_at?: string | null;
            /** @description Email the link to the candidate through the invite outbox: queued with the invitation, sent once, retried while the mail server is down. Needs SMTP_URL and a sender. */
            send_email?: boolean;
        };
        InvitationList: {
            invitations: components["schemas"]["Invitation"][];
        };
        InvitationPublic: {
            template_id: string;
            /** @description Shown as "Interview for <title>". */
            template_title: string;
            candidate_name: string;
            /** @description Who invited (RECRUITER_NAME). */
            recruiter_name: string;
            status: components["schemas"]["InvitationStatus"];
            /** @description Whether an interview can start with this link now. */
            usable: boolean;
            /** @description Why not, for the widget to show; null while usable. */
            message: string | null;
            expires_at: string | null;
        };
        RecruiterTokenResponse: {
            /** @description Send as `Authorization: Bearer <token>` to the /api/reports/ routes. */
            token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @description ISO 8601. */
            expires_at: string;
            /** @description Seconds. */
            expires_in: number;
        };
        RecruiterTokenRequest: {
            /** @description A label for the decision audit trail, e.g. the recruiter's name. */
            subject?: string;
            /** @description Lifetime; default 900. */
            ttl_seconds?: number;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @description The storage adapter, e.g. `kysely-sqlite`. */
            storage: string;
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
