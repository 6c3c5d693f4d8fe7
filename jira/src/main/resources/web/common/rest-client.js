/*
 * JSON calls to the Lodestar REST API. Every call sends and accepts JSON and carries
 * X-Atlassian-Token: no-check (the API refuses state changes without it). A non-2xx answer rejects with a
 * RestError holding the status and the API's {errors:[{field,message}]} list (empty when the body had none).
 * The fetch function is passed in, so node tests run it against a fake.
 */
(function (ns) {
    'use strict';

    function RestError(status, errors, cause) {
        this.name = 'RestError';
        this.status = status;
        this.errors = errors || [];
        this.cause = cause;
        this.message = 'HTTP ' + status;
    }
    RestError.prototype = Object.create(Error.prototype);
    RestError.prototype.constructor = RestError;
    /** Another user changed the thing since it was loaded (stale version). */
    RestError.prototype.isConflict = function () { return this.status === 409; };
    /** The request never got an HTTP answer. */
    RestError.prototype.isNetwork = function () { return this.status === 0; };

    function restClient(fetchFn) {
        function call(method, url, body) {
            var init = {
                method: method,
                credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
            };
            if (body !== undefined) {
                init.headers['Content-Type'] = 'application/json';
                init.body = JSON.stringify(body);
            }
            return fetchFn(url, init).then(function (response) {
                if (response.status === 204) {
                    return null;
                }
                return response.text().then(function (text) {
                    var parsed = null;
                    if (text) {
                        try {
                            parsed = JSON.parse(text);
                        } catch (notJson) {
                            parsed = null;
                        }
                    }
                    if (response.status >= 200 && response.status < 300) {
                        return parsed;
                    }
                    throw new RestError(response.status, parsed && Array.isArray(parsed.errors) ? parsed.errors : []);
                });
            }, function (networkFailure) {
                throw new RestError(0, [], networkFailure);
            });
        }

        return {
            get: function (url) { return call('GET', url); },
            post: function (url, body) { return call('POST', url, body === undefined ? {} : body); },
            put: function (url, body) { return call('PUT', url, body); },
            del: function (url) { return call('DELETE', url); }
        };
    }

    ns.RestError = RestError;
    ns.restClient = restClient;
    if (typeof module === 'object' && module.exports) {
        module.exports = {restClient: restClient, RestError: RestError};
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
