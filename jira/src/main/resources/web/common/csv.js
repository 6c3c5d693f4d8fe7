/*
 * CSV of exactly what a table shows, by the same rules as the server's export (docs/rest-api.md, "CSV export"):
 * RFC 4180, every field quoted, CRLF line ends, a header row, numbers with a dot; text a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or CR) is prefixed with '. build() is pure; download() needs a browser.
 */
(function (ns) {
    'use strict';

    function field(value) {
        if (value === undefined || value === null) {
            return '""';
        }
        var text = typeof value === 'number' ? String(value) : String(value);
        if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) {
            text = "'" + text;
        }
        return '"' + text.replace(/"/g, '""') + '"';
    }

    /** @param header [text], rows [[text|number]] -> the CSV text */
    function build(header, rows) {
        return [header].concat(rows).map(function (row) {
            return row.map(field).join(',');
        }).join('\r\n') + '\r\n';
    }

    /** Offers the text as a file download named fileName. */
    function download(fileName, text) {
        var blob = new Blob([text], {type: 'text/csv;charset=utf-8'});
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
    }

    /**
     * The rows of a rendered <table> as text, what the reader sees: the header cells, then the body rows. Columns
     * whose header cell has data-csv-skip (buttons) and rows with data-csv-skip (messages) are left out.
     */
    function fromTable(table) {
        var headRow = table.tHead && table.tHead.rows.length ? table.tHead.rows[0] : null;
        var skipped = {};
        if (headRow) {
            Array.prototype.forEach.call(headRow.cells, function (cell, index) {
                if (cell.hasAttribute('data-csv-skip')) {
                    skipped[index] = true;
                }
            });
        }
        function cells(row) {
            var texts = [];
            Array.prototype.forEach.call(row.cells, function (cell, index) {
                if (!skipped[index]) {
                    texts.push(cell.textContent.replace(/\s+/g, ' ').trim());
                }
            });
            return texts;
        }
        var body = [];
        Array.prototype.forEach.call(table.tBodies, function (section) {
            Array.prototype.forEach.call(section.rows, function (row) {
                if (!row.hasAttribute('data-csv-skip')) {
                    body.push(cells(row));
                }
            });
        });
        return build(headRow ? cells(headRow) : [], body);
    }

    ns.csv = {build: build, download: download, fromTable: fromTable};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.csv;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
