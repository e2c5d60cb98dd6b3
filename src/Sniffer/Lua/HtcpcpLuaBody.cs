namespace Sniffer.Lua;

/// <summary>
/// The hand-written part of the exported HTCPCP dissector: the grammar and the writer, in Lua, following the C#
/// dissector step for step (<c>HttpStyleFramer</c>, <c>HttpStyleDissector</c>, <c>HtcpcpDissector</c>). Every name,
/// word and message it uses comes from the generated tables above it (<c>fields</c>, <c>experts</c>, <c>METHODS</c>, …),
/// and <see cref="LuaExporter"/> checks that each field and expert it refers to is declared.
/// </summary>
internal static class HtcpcpLuaBody
{
    public const string Text = """
--------------------------------------------------------------------------------------------------------------------
-- Bytes and lines. Positions are 1-based indexes into the Lua string of the bytes handed over (tvb:raw()); a tree
-- item at position p covers tvb offset p - 1.
--------------------------------------------------------------------------------------------------------------------
local CR, LF, SP, TAB = 13, 10, 32, 9

-- Byte classes, as Sniffer's TextBytes: RFC 9110 tchar, Wireshark 4.0's header-name characters.
local TOKEN, HEADER_NAME = {}, {}
do
    local function mark(set, chars)
        for i = 1, #chars do set[chars:byte(i)] = true end
    end
    for b = 48, 57 do TOKEN[b], HEADER_NAME[b] = true, true end
    for b = 65, 90 do TOKEN[b], HEADER_NAME[b] = true, true end
    for b = 97, 122 do TOKEN[b], HEADER_NAME[b] = true, true end
    mark(TOKEN, "!#$%&'*+-.^_`|~")
    mark(HEADER_NAME, "!#$%&\\:*+-.^_`|~")
end

local function is_blank(b) return b == SP or b == TAB end
local function is_white(b) return b == SP or (b ~= nil and b >= 9 and b <= 13) end
local function starts_with(s, prefix) return s:sub(1, #prefix) == prefix end

-- The line starting at pos: the position of its last byte (pos - 1 when empty), where the next line starts, and its
-- terminator's length (2 for CR LF, 1 for a lone LF or CR, 0 for a last line cut by the end of the data). Nil while
-- the line has not ended; a CR last may be the first half of CR LF, so it ends a line only at the end of the data.
local function read_line(data, pos, at_end)
    if pos > #data then return nil end
    local at = data:find("[\r\n]", pos)
    if not at then
        if at_end then return #data, #data + 1, 0 end
        return nil
    end
    if data:byte(at) == LF then return at - 1, at + 1, 1 end
    if at < #data then
        if data:byte(at + 1) == LF then return at - 1, at + 2, 2 end
        return at - 1, at + 1, 1
    end
    if at_end then return at - 1, at + 1, 1 end
    return nil
end

-- Wireshark's format_text for the Info column: control characters escaped, invalid UTF-8 as U+FFFD.
local ESCAPES = { [7] = "\\a", [8] = "\\b", [9] = "\\t", [10] = "\\n", [11] = "\\v", [12] = "\\f", [13] = "\\r" }
local function format_text(s)
    local out, i = {}, 1
    while i <= #s do
        local b = s:byte(i)
        if b >= 0x20 and b < 0x7f then
            out[#out + 1] = string.char(b)
            i = i + 1
        elseif b < 0x80 then
            out[#out + 1] = ESCAPES[b] or string.format("\\%03o", b)
            i = i + 1
        else
            local n = (b >= 0xf0 and b < 0xf5) and 4 or (b >= 0xe0 and 3) or (b >= 0xc2 and b < 0xe0 and 2) or 0
            local ok = n > 0 and i + n - 1 <= #s
            for k = 1, n - 1 do
                local c = ok and s:byte(i + k)
                if not c or c < 0x80 or c > 0xbf then ok = false end
            end
            if ok then
                out[#out + 1] = s:sub(i, i + n - 1)
                i = i + n
            else
                out[#out + 1] = "\239\191\189"
                i = i + 1
            end
        end
    end
    return table.concat(out)
end

--------------------------------------------------------------------------------------------------------------------
-- Start lines (Sniffer's HtcpcpStartLine and HttpStartLine)
--------------------------------------------------------------------------------------------------------------------
local function is_method(token)
    for _, m in ipairs(METHODS) do if token == m then return true end end
    return false
end

local function starts_with_any(s, prefixes)
    for _, p in ipairs(prefixes) do if starts_with(s, p) then return true end end
    return false
end

local function is_token(s)
    if #s == 0 then return false end
    for i = 1, #s do if not TOKEN[s:byte(i)] then return false end end
    return true
end

-- "request", "response", or nil when the line starts no HTCPCP message. Another method is still a pot's request
-- when the line ends in an HTCPCP version (it gets htcpcp.unknown_method).
local function classify(line)
    if starts_with_any(line, VERSION_PREFIXES) then return "response" end
    local space = line:find(" ", 1, true)
    if not space or space == 1 then return nil end
    local method = line:sub(1, space - 1)
    if is_method(method) then return "request" end
    local last = line:match(".*() ")
    if last and last > 1 and starts_with_any(line:sub(last + 1), HTCPCP_VERSION_PREFIXES) and is_token(method) then
        return "request"
    end
    return nil
end

-- A line whose end has not come that may still become a start line: a method and its space, or a version.
local function may_become_start_line(partial)
    if #partial == 0 then return true end
    for _, m in ipairs(METHODS) do
        local start = m .. " "
        local n = math.min(#partial, #start)
        if partial:sub(1, n) == start:sub(1, n) then return true end
    end
    for _, v in ipairs(VERSION_PREFIXES) do
        local n = math.min(#partial, #v)
        if partial:sub(1, n) == v:sub(1, n) then return true end
    end
    return false
end

-- Wireshark's get_token_len: the token at i runs to the next space; returns its end (exclusive) and the next token.
local function token(line, i)
    if i > #line then return i, i end
    local space = line:find(" ", i, true)
    local stop = space or #line + 1
    local nxt = stop
    while nxt <= #line and line:byte(nxt) == SP do nxt = nxt + 1 end
    return stop, nxt
end

-- The tokens of a start line as (start, length) pairs relative to the line, 0-based as in the C# HttpStartLine:
-- method/version, URI/code, then the rest (version of a request, phrase of a response).
local function split_start_line(line, kind)
    local t = { s1 = 0, l1 = 0, s2 = 0, l2 = 0, s3 = 0, l3 = 0, code = 0 }
    local stop, nxt = token(line, 1)
    if stop == 1 then return t end
    t.l1 = stop - 1
    if kind == "request" then
        -- Two spaces after the method mean an empty request-target (Wireshark rolls back one space).
        if nxt - 1 > 2 and line:byte(nxt - 1) == SP and line:byte(nxt - 2) == SP then nxt = nxt - 1 end
        local uri_stop, after = token(line, nxt)
        t.s2, t.l2 = nxt - 1, uri_stop - nxt
        local rest = math.min(after, #line + 1)
        t.s3, t.l3 = rest - 1, #line + 1 - rest
        return t
    end
    local code_stop, after = token(line, nxt)
    t.s2, t.l2 = nxt - 1, code_stop - nxt
    if t.l2 < 3 then
        t.s3, t.l3 = #line, 0
        return t
    end
    local digits = line:sub(nxt, nxt + 2):match("^%d*")
    t.code = tonumber(digits) or 0
    local rest = math.min(after, #line + 1)
    t.s3, t.l3 = rest - 1, #line + 1 - rest
    return t
end

local function part(line, s, l) return line:sub(s + 1, s + l) end

-- The status code that decides whether a response has a body: exactly three digits, else 0.
local function framing_status_code(line, t)
    if t.l2 ~= 3 then return 0 end
    local code = part(line, t.s2, t.l2)
    return code:match("^%d%d%d$") and tonumber(code) or 0
end

--------------------------------------------------------------------------------------------------------------------
-- Headers (Sniffer's HeaderLineParser, HttpHeaderValues, HttpMessageFacts)
--------------------------------------------------------------------------------------------------------------------

-- name (string), value offset in the line (1-based), status: "ok", "no_colon", "empty_name" or "bad_name".
local function parse_header(text)
    local colon = text:find(":", 1, true)
    if not colon then return nil, nil, "no_colon" end
    local v = colon + 1
    while v <= #text and is_blank(text:byte(v)) do v = v + 1 end
    if colon == 1 then return "", v, "empty_name" end
    local name = text:sub(1, colon - 1)
    for i = 1, #name do if not HEADER_NAME[name:byte(i)] then return name, v, "bad_name" end end
    return name, v, "ok"
end

local function trim_white(s)
    local a, b = 1, #s
    while a <= b and is_white(s:byte(a)) do a = a + 1 end
    while b >= a and is_white(s:byte(b)) do b = b - 1 end
    return s:sub(a, b)
end

-- Content-Length as g_ascii_strtoll reads it: digits, then only white space; no sign, no overflow.
local function parse_content_length(value)
    value = trim_white(value)
    local digits = value:match("^%d+")
    if not digits then return nil end
    if value:sub(#digits + 1):find("[^ \t\r\n\v\f]") then return nil end
    digits = digits:gsub("^0+(%d)", "%1")
    if #digits > 19 or (#digits == 19 and digits > "9223372036854775807") then return nil end
    local n = UInt64(0)
    for i = 1, #digits do n = n * 10 + (digits:byte(i) - 48) end
    return n
end

-- True when the last coding of a Transfer-Encoding list is "chunked".
local function final_coding_is_chunked(value)
    local last = value:match("([^,]*)$") or value
    last = last:match("^([^;]*)") or last
    return trim_white(last):lower() == "chunked"
end

--------------------------------------------------------------------------------------------------------------------
-- Framing: where a message ends (Sniffer's HttpStyleFramer with HTCPCP's dialect)
--------------------------------------------------------------------------------------------------------------------

-- A chunk size line: blanks, hex digits, anything. Returns the size, or "bad" / "too_large".
local function parse_chunk_size(text)
    local hex = text:match("^[ \t]*(%x+)")
    if not hex then return "bad" end
    hex = hex:gsub("^0+(%x)", "%1")
    if #hex > 8 then return "too_large" end
    local size = tonumber(hex, 16)
    if size > MAX_CHUNK_SIZE then return "too_large" end
    return size
end

-- Where the unframed body of a request without length ends: before the next start line, before a last line that
-- may still become one, or at the end of what came. Line ends alone are no body.
local function unframed_body_end(data, body_start, at_end)
    local stop, pos = #data + 1, body_start
    while pos <= #data do
        local last, nxt = read_line(data, pos, at_end)
        if not last then
            if may_become_start_line(data:sub(pos)) then stop = pos end
            break
        end
        if last >= pos and classify(data:sub(pos, last)) then
            stop = pos
            break
        end
        pos = nxt
    end
    if not data:sub(body_start, stop - 1):find("[^\r\n]") then return body_start end
    return stop
end

-- The message at `start` of `data`. Returns a table m with m.status "complete" (m.stop: the position after its last
-- byte), "more" (m.need: bytes needed past the data, DESEGMENT_ONE_MORE_SEGMENT or UNTIL_FIN) or "not_mine"; a
-- complete message also has its layout: kind, first line, header lines, body start, framing, truncation.
local function frame_message(data, start, at_end, hint)
    local m = { start = start }
    local p = start
    while p <= #data and (data:byte(p) == CR or data:byte(p) == LF) do p = p + 1 end
    if p > #data then
        if at_end and #data >= start then
            m.status, m.kind, m.message_start, m.stop = "complete", nil, p, #data + 1
            return m
        end
        m.status, m.need = "more", ONE_MORE_SEGMENT
        return m
    end
    m.message_start = p
    local last, nxt, term = read_line(data, p, at_end)
    if not last then
        local partial = data:sub(p)
        if partial:byte(-1) == CR then partial = partial:sub(1, -2) end
        if #partial == 0 or (TOKEN[partial:byte(1)] and not partial:find("[^\t\32-\126]")) then
            m.status, m.need = "more", ONE_MORE_SEGMENT
        else
            m.status = "not_mine"
        end
        return m
    end
    local line = data:sub(p, last)
    m.kind = classify(line)
    if not m.kind then
        m.status, m.first_end = "not_mine", last
        return m
    end
    m.first_line, m.first_start, m.first_next = line, p, nxt
    m.tokens = split_start_line(line, m.kind)
    m.headers = {}

    -- The header block: to the blank line, or (the lab pot) to a line that is not a header.
    local pos, ending = nxt, nil
    local cl, te = nil, nil
    while true do
        if pos > #data then
            if not at_end then m.status, m.need = "more", ONE_MORE_SEGMENT; return m end
            m.body_start, m.stop, m.truncated, m.ending = #data + 1, #data + 1, true, "end"
            m.framing, m.status = "none", "complete"
            return m
        end
        local hl, hn, ht = read_line(data, pos, at_end)
        if not hl then m.status, m.need = "more", ONE_MORE_SEGMENT; return m end
        if hl < pos and ht > 0 then
            m.blank_start, m.blank_next = pos, hn
            ending = "blank"
            m.body_start = hn
            break
        end
        local text = data:sub(pos, hl)
        local name, vpos, status = parse_header(text)
        if status == "no_colon" then
            ending = "non_header"
            m.body_start = pos
            break
        end
        local h = { start = pos, text = text, stop = hl, next = hn, name = name, value_pos = vpos, status = status }
        m.headers[#m.headers + 1] = h
        if status == "ok" then
            local lname = name:lower()
            local value = text:sub(vpos)
            if lname == "content-length" then
                local n = parse_content_length(value)
                if n then cl, h.content_length = n, n end
            elseif lname == "transfer-encoding" then
                te = value
            elseif lname == "content-type" then
                h.content_type = true
            end
        end
        pos = hn
    end
    m.ending = ending

    -- The body (RFC 9112 §6.3, in the order Wireshark applies it).
    local code = m.kind == "response" and framing_status_code(line, m.tokens) or 0
    local chunked = te ~= nil and final_coding_is_chunked(te)
    local framing
    if m.kind == "response" and (hint == "head" or (math.floor(code / 100) == 2 and hint == "connect")
            or math.floor(code / 100) == 1 or code == 204 or code == 304) then
        framing = "none"
    elseif chunked then
        framing = "chunked"
    elseif cl then
        framing = "length"
    elseif m.kind == "response" or te then
        framing = "until_close"
    else
        framing = "none"
    end
    m.framing, m.content_length = framing, cl
    local body = m.body_start
    m.status = "complete"

    if framing == "none" then
        if m.kind == "response" and not (hint == "connect" and math.floor(code / 100) == 2) then
            -- No body by the RFC: tshark waits for none, but the body bytes that came with the headers are the
            -- message's, up to its Content-Length, its chunks, or (to HEAD, without either) all of them.
            local stop = body
            if chunked then stop = #data + 1
            elseif cl then stop = math.min(body + cl:tonumber(), #data + 1)
            elseif hint == "head" and not (math.floor(code / 100) == 1 or code == 204 or code == 304) then stop = #data + 1 end
            m.stop = stop
        elseif m.kind == "request" then
            local stop = unframed_body_end(data, body, at_end)
            if stop > body then m.framing = "unframed" end
            m.stop = stop
        else
            m.stop = body
        end
        return m
    end
    if framing == "length" then
        local stop = UInt64(body - 1) + cl
        if stop <= UInt64(#data) then
            m.stop = stop:tonumber() + 1
        elseif at_end then
            m.stop, m.truncated = #data + 1, true
        else
            m.status, m.need = "more", (stop - UInt64(#data)):tonumber()
            if m.need > MAX_NEED then m.need = MAX_NEED end
        end
        return m
    end
    if framing == "until_close" then
        if at_end then m.stop = #data + 1 else m.status, m.need = "more", UNTIL_FIN end
        return m
    end

    -- Chunked: size lines, data, the last chunk, trailer lines, the blank line.
    local cpos = body
    while true do
        local sl, sn, st = read_line(data, cpos, at_end)
        if not sl or st == 0 then
            if at_end then m.stop, m.truncated = #data + 1, true; return m end
            m.status, m.need = "more", ONE_MORE_SEGMENT
            return m
        end
        local size = parse_chunk_size(data:sub(cpos, sl))
        if type(size) ~= "number" then
            m.stop, m.bad_chunk = #data + 1, true
            return m
        end
        if size == 0 then cpos = sn; break end
        local chunk_end = sn + size + 2
        if chunk_end - 1 > #data then
            if at_end then m.stop, m.truncated = #data + 1, true; return m end
            m.status, m.need = "more", ONE_MORE_SEGMENT
            return m
        end
        cpos = chunk_end
    end
    while true do
        local tl, tn, tt = read_line(data, cpos, at_end)
        if not tl or tt == 0 then
            if at_end then m.stop, m.truncated = #data + 1, true; return m end
            m.status, m.need = "more", ONE_MORE_SEGMENT
            return m
        end
        if tl < cpos then m.stop = tn; return m end
        cpos = tn
    end
end

-- Bytes in a conversation that has spoken HTCPCP but that start no message: up to the next line (after the
-- first) that starts one, or to the end of what came.
local function continuation_stop(data, pending_start, scan_start)
    local pos = scan_start
    while true do
        local last, nxt = read_line(data, pos, false)
        if not last then return #data + 1 end
        if pos > pending_start and classify(data:sub(pos, last)) then return pos end
        pos = nxt
    end
end

-- True when a response has an Upgrade header (a 101 switches protocols only with one, as tshark's).
local function has_upgrade(m)
    for _, h in ipairs(m.headers) do
        if h.status == "ok" and h.name:lower() == "upgrade" then return true end
    end
    return false
end

--------------------------------------------------------------------------------------------------------------------
-- Conversations and the request/response pairing (Sniffer's HttpPairing: tshark's rule for HTTP)
--------------------------------------------------------------------------------------------------------------------
-- A request opens a record; a response fills the newest record when it has no response yet, else opens one of its
-- own (a response without a request). So a response pairs with the latest request, as tshark pairs HTTP's.
-- What each frame showed is kept by frame, so a later pass (Wireshark redissecting a selected packet, tshark -2)
-- shows the same, plus htcpcp.response_in once the response is known.
local conversations = {}
local frames = {}
-- The record of the last request each frame carried: a later pass shows its response (tshark keeps one per frame).
local frame_records = {}

-- TCP's own items, read when the tree has them. A first pass without a tree (tshark -2) has none: the conversation
-- is then told by its addresses and ports, and a direction's end by TCP calling again after "until FIN".
local tcp_stream = Field.new("tcp.stream")
local tcp_fin = Field.new("tcp.flags.fin")
local tcp_rst = Field.new("tcp.flags.reset")

function htcpcp.init()
    conversations = {}
    frames = {}
    frame_records = {}
end

local function endpoint(address, port) return tostring(address) .. "/" .. port end

local function conversation_of(pinfo)
    local stream = tcp_stream()
    local key
    if stream then
        key = stream.value
    else
        local a, b = endpoint(pinfo.src, pinfo.src_port), endpoint(pinfo.dst, pinfo.dst_port)
        key = a < b and (a .. " " .. b) or (b .. " " .. a)
    end
    local c = conversations[key]
    if not c then
        c = { saw_htcpcp = false, switched = false, hint = "other", tail = nil, count = 0, waiting_for_fin = {} }
        conversations[key] = c
    end
    return c
end

-- The frame's time since the capture's first frame, as an NSTime (pinfo.rel_ts is a number of seconds).
local function time_of(pinfo)
    local seconds = pinfo.rel_ts
    local whole = math.floor(seconds)
    local nanoseconds = math.floor((seconds - whole) * 1e9 + 0.5)
    if nanoseconds >= 1000000000 then whole, nanoseconds = whole + 1, nanoseconds - 1000000000 end
    return NSTime.new(whole, nanoseconds)
end

-- What a call showed, by frame, offset and length of the bytes handed over (the same call on a later pass).
local function call_key(pinfo, tvb) return pinfo.number .. ":" .. tvb:len() .. ":" .. tvb:offset() end

--------------------------------------------------------------------------------------------------------------------
-- Writing one message into the tree (Sniffer's HttpStyleDissector.WriteMessage with HtcpcpDissector's steps)
--------------------------------------------------------------------------------------------------------------------
local function range(tvb, pos, length) return tvb(pos - 1, length) end

-- The parts of a coffee or tea URI (Sniffer's HtcpcpUri): scheme, pot designator, tea variety, as (start, length).
local function is_pot(segment)
    return #segment > 4 and segment:sub(1, 4):lower() == "pot-" and not segment:sub(5):find("%D")
end

local function uri_parts(target)
    local parts = {}
    local pos = 1
    local colon = target:find(":", 1, true)
    if colon and colon > 1 and COFFEE_SCHEMES[target:sub(1, colon - 1):lower()] then
        parts.scheme = { 1, colon - 1 }
        pos = colon + 1
    end
    local query = target:find("?", 1, true)
    local stop = query or #target + 1
    if pos < stop and target:sub(pos, pos + 1) == "//" and pos + 1 < stop then
        local authority = pos + 2
        local slash = target:find("/", authority, true)
        local authority_end = (slash and slash < stop) and slash or stop
        if is_pot(target:sub(authority, authority_end - 1)) then parts.pot = { authority, authority_end - authority } end
        pos = authority_end
    end
    while pos < stop do
        if target:byte(pos) == 47 then
            pos = pos + 1
        else
            local slash = target:find("/", pos, true)
            local segment_end = (slash and slash < stop) and slash or stop
            local segment = target:sub(pos, segment_end - 1)
            if not parts.pot and is_pot(segment) then
                parts.pot = { pos, segment_end - pos }
            elseif not parts.tea then
                parts.tea = { pos, segment_end - pos }
            end
            pos = segment_end
        end
    end
    return parts
end

local function write_first_line(tvb, m, line_item)
    local line, t, at = m.first_line, m.tokens, m.first_start
    if m.kind == "request" then
        if t.l1 == 0 then return end
        local method = part(line, t.s1, t.l1)
        local method_item = line_item:add(fields.request_method, range(tvb, at + t.s1, t.l1))
        if method == "POST" then
            method_item:add_proto_expert_info(experts.post_deprecated)
        elseif not is_method(method) then
            method_item:add_proto_expert_info(experts.unknown_method)
        end
        local target = part(line, t.s2, t.l2)
        local uri_at = at + t.s2
        local uri_item = line_item:add(fields.request_uri, range(tvb, uri_at, t.l2))
        local parts = uri_parts(target)
        if parts.scheme and parts.scheme[2] > 0 then uri_item:add(fields.uri_scheme, range(tvb, uri_at + parts.scheme[1] - 1, parts.scheme[2])) end
        if parts.pot and parts.pot[2] > 0 then uri_item:add(fields.uri_pot, range(tvb, uri_at + parts.pot[1] - 1, parts.pot[2])) end
        if parts.tea and parts.tea[2] > 0 then uri_item:add(fields.uri_tea_variety, range(tvb, uri_at + parts.tea[1] - 1, parts.tea[2])) end
        line_item:add(fields.request_version, range(tvb, at + t.s3, t.l3))
        return
    end
    if t.l1 == 0 then
        line_item:add_proto_expert_info(experts.bad_status_line)
        return
    end
    line_item:add(fields.response_version, range(tvb, at + t.s1, t.l1))
    if t.l2 >= 3 then line_item:add(fields.response_code, range(tvb, at + t.s2, 3), t.code) end
    if t.l3 > 0 then line_item:add(fields.response_phrase, range(tvb, at + t.s3, t.l3)) end
    if not part(line, t.s2, t.l2):match("^%d%d%d$") then line_item:add_proto_expert_info(experts.bad_status_line) end
end

local function write_header(tvb, data, item, h)
    local full_length = h.next - h.start
    if h.status ~= "ok" then
        item:add(fields.header, range(tvb, h.start, full_length), h.text)
        return
    end
    local lname = h.name:lower()
    local value_at = h.start + h.value_pos - 1
    local value_length = #h.text - h.value_pos + 1
    if lname == "accept-additions" then
        local line_item = item:add(range(tvb, h.start, full_length), format_text(data:sub(h.start, h.next - 1)))
        local value = h.text:sub(h.value_pos)
        local pos = 1
        while pos <= #value do
            local sep = value:find("[,;]", pos)
            local stop = sep or #value + 1
            local a, b = pos, stop - 1
            while a <= b and is_blank(value:byte(a)) do a = a + 1 end
            while b >= a and is_blank(value:byte(b)) do b = b - 1 end
            if b >= a and not value:sub(a, b):find("=", 1, true) then
                line_item:add(fields.accept_additions, range(tvb, value_at + a - 1, b - a + 1))
            end
            pos = stop + 1
        end
    elseif lname == "content-type" then
        item:add(fields.content_type, range(tvb, h.start, full_length), h.text:sub(h.value_pos))
    elseif lname == "content-length" and h.content_length then
        item:add(fields.content_length, range(tvb, h.start, full_length), h.content_length)
    elseif lname == "content-length" and parse_content_length(h.text:sub(h.value_pos)) then
        item:add(fields.content_length, range(tvb, h.start, full_length), parse_content_length(h.text:sub(h.value_pos)))
    else
        item:add(fields.header, range(tvb, h.start, full_length), h.text)
    end
end

-- The body's text; a body whose end no length gives (after no blank line, or unframed) loses its last line ends.
local function write_body(tvb, data, item, m)
    local body_start, stop = m.body_start, m.stop
    if stop <= body_start then return end
    if m.framing ~= "chunked" then
        local length = stop - body_start
        if m.ending == "non_header" or m.framing == "unframed" then
            while length > 0 and (data:byte(body_start + length - 1) == CR or data:byte(body_start + length - 1) == LF) do
                length = length - 1
            end
        end
        item:add(fields.body, range(tvb, body_start, length))
        return
    end
    local pieces, pos = {}, body_start
    while pos < stop do
        local sl, sn, st = read_line(data, pos, true)
        if not sl or st == 0 then break end
        local size = parse_chunk_size(data:sub(pos, sl))
        if type(size) ~= "number" or size == 0 or sn + size + 2 - 1 > stop - 1 then break end
        pieces[#pieces + 1] = data:sub(sn, sn + size - 1)
        pos = sn + size + 2
    end
    local dechunked = ByteArray.new(table.concat(pieces), true):tvb("De-chunked entity body")
    item:add(fields.body, dechunked())
end

local function write_message(tvb, pinfo, tree, data, m, c, shown)
    local start = m.message_start
    local item = tree:add(htcpcp, range(tvb, start, m.stop - start))
    pinfo.cols.protocol = PROTOCOL_COLUMN
    pinfo.cols.info:set(format_text(m.first_line) .. " ")
    local line_item = item:add(range(tvb, m.first_start, m.first_next - m.first_start),
        format_text(data:sub(m.first_start, m.first_next - 1)))
    write_first_line(tvb, m, line_item)
    for _, h in ipairs(m.headers) do write_header(tvb, data, item, h) end
    if m.blank_start then item:add(range(tvb, m.blank_start, m.blank_next - m.blank_start), format_text(data:sub(m.blank_start, m.blank_next - 1))) end
    if m.ending == "non_header" then item:add_proto_expert_info(experts.no_blank_line) end
    if m.framing == "unframed" then item:add_proto_expert_info(experts.unframed_body) end
    item:add(m.kind == "request" and fields.request or fields.response, true):set_hidden()

    -- The pairing's fields, as the first pass found them.
    if shown.request_in then
        item:add(fields.request_in, shown.request_in):set_generated()
        item:add(fields.time, shown.time):set_generated()
    end
    local record = m.kind == "request" and pinfo.visited and frame_records[pinfo.number]
    if record and record.response_frame then
        item:add(fields.response_in, record.response_frame):set_generated()
    end
    if shown.without_request then item:add_proto_expert_info(experts.response_without_request) end
    if m.truncated then item:add_proto_expert_info(experts.message_truncated) end
    write_body(tvb, data, item, m)
    pinfo.cols.info:fence()
end

local function write_continuation(tvb, pinfo, tree, start, stop)
    pinfo.cols.protocol = PROTOCOL_COLUMN
    pinfo.cols.info:set("Continuation")
    local item = tree:add(htcpcp, range(tvb, start, stop - start))
    item:add(fields.body, range(tvb, start, stop - start))
    pinfo.cols.info:fence()
end

-- Pairs a message on the first pass (Sniffer's HttpStyleDissector.Pair) and says what its tree shows.
local function pair(pinfo, m, c)
    local shown = {}
    local now = time_of(pinfo)
    if m.kind == "request" then
        local method = part(m.first_line, m.tokens.s1, m.tokens.l1)
        c.hint = method == "HEAD" and "head" or ((method == "CONNECT" or method == "SSTP_DUPLEX_POST") and "connect" or "other")
        c.count = c.count + 1
        c.tail = { request_frame = pinfo.number, request_time = now }
        frame_records[pinfo.number] = c.tail
        return shown
    end
    local code = m.tokens.code
    local interim = code >= 100 and code < 200 and code ~= 101
    local answered = c.tail ~= nil and c.tail.response_frame == nil and c.tail.request_frame ~= nil
    if c.tail == nil or c.tail.response_frame ~= nil then
        c.count = c.count + 1
        c.tail = {}
    end
    c.tail.response_frame = pinfo.number
    if answered then
        shown.request_in = c.tail.request_frame
        shown.time = now - c.tail.request_time
    elseif not interim then
        shown.without_request = true
    end
    return shown
end

--------------------------------------------------------------------------------------------------------------------
-- The dissector: TCP hands over the bytes no message has taken yet; each whole message is written on the frame that
-- completes it, and pinfo.desegment_offset/desegment_len ask TCP for the rest of an unfinished one (Lua's
-- dissect_tcp_pdus does not fit: an HTTP-style message's length is known only once its headers are read).
--------------------------------------------------------------------------------------------------------------------
function htcpcp.dissector(tvb, pinfo, tree)
    local c = conversation_of(pinfo)
    local data = tvb:raw()
    local key = call_key(pinfo, tvb)
    local calls = frames[key]
    local first_pass = not pinfo.visited and calls == nil
    if first_pass then
        -- The direction has ended (FIN or RST): a message delimited by the close is now whole. Kept with the call,
        -- as a later pass may not build TCP's flag items.
        local fin, rst = tcp_fin(), tcp_rst()
        local direction = endpoint(pinfo.src, pinfo.src_port)
        calls = { at_end = (fin and fin.value) or (rst and rst.value) or c.waiting_for_fin[direction] or false }
        c.waiting_for_fin[direction] = nil
        frames[key] = calls
    elseif calls == nil then
        return 0
    end
    local at_end = calls.at_end

    local pos, k = 1, 0
    while pos <= #data do
        k = k + 1
        local shown = calls[k]
        local m
        if first_pass then
            if c.switched then return pos == 1 and 0 or pos - 1 end
            m = frame_message(data, pos, at_end, c.hint)
            shown = { status = m.status, need = m.need }
            calls[k] = shown
        else
            if shown == nil then break end
            m = frame_message(data, pos, at_end, shown.hint or "other")
            m.status, m.need = shown.status, shown.need
        end
        if first_pass then shown.hint = c.hint end

        if m.status == "more" then
            -- As tshark's HTTP: the first line goes to the Info column as soon as it is whole.
            if m.first_line then pinfo.cols.info:set(format_text(m.first_line) .. " ") end
            pinfo.desegment_offset = pos - 1
            pinfo.desegment_len = m.need
            -- TCP calls again only when the direction ends: that call is the end of the stream.
            if first_pass and m.need == UNTIL_FIN then c.waiting_for_fin[endpoint(pinfo.src, pinfo.src_port)] = true end
            return #data
        end
        if m.status == "not_mine" then
            local saw = first_pass and c.saw_htcpcp or shown.saw
            if first_pass then shown.saw = c.saw_htcpcp end
            if not saw then return pos == 1 and 0 or pos - 1 end
            local stop = continuation_stop(data, pos, m.message_start or pos)
            write_continuation(tvb, pinfo, tree, pos, stop)
            pos = stop
        elseif not m.kind then
            write_continuation(tvb, pinfo, tree, pos, m.stop)
            pos = m.stop
        else
            if first_pass then
                c.saw_htcpcp = true
                local pairing = pair(pinfo, m, c)
                for name, value in pairs(pairing) do shown[name] = value end
                local code = m.kind == "response" and m.tokens.code or 0
                if (code == 101 and has_upgrade(m)) or (math.floor(code / 100) == 2 and shown.hint == "connect") then c.switched = true end
            end
            write_message(tvb, pinfo, tree, data, m, c, shown)
            pos = m.stop
        end
    end
    return #data
end
""";
}
