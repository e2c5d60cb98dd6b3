-- Evaluates many display filters in one tshark pass (tshark -X lua_script:filters.lua -X lua_script1:LIST):
-- one Listener per filter, each frame number it selects printed at the end as "INDEX<TAB>N N N".
-- A filter tshark refuses prints "INDEX<TAB>ERROR message". Used by the display-filter conformance tests.
local args = { ... }
local filters = {}
for line in io.lines(args[1]) do
  if #line > 0 then filters[#filters + 1] = line end
end
local hits = {}
for i, text in ipairs(filters) do
  hits[i] = {}
  local ok, err = pcall(function()
    local tap = Listener.new(nil, text)
    function tap.packet(pinfo) local h = hits[i]; h[#h + 1] = pinfo.number end
  end)
  if not ok then hits[i] = "ERROR " .. tostring(err):gsub("\n", " | ") end
end
local printer = Listener.new(nil, nil)
function printer.draw()
  for i = 1, #filters do
    local h = hits[i]
    if type(h) == "table" then
      io.write(i, "\t", table.concat(h, " "), "\n")
    else
      io.write(i, "\t", h, "\n")
    end
  end
end
