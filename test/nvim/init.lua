-- Headless Neovim client for the Copydesk language server (driven by scripts/test-nvim.js).
-- Opens COPYDESK_FILE, attaches the server (node COPYDESK_REPO/dist/server.js --stdio, or the
-- bundle named by COPYDESK_SERVER), waits for diagnostics from source "copydesk" until every
-- rule id in COPYDESK_EXPECT has reported, writes them as JSON to COPYDESK_OUT, and quits.
-- Works on Neovim 0.7 (Debian 12): vim.lsp.start (0.8+) is used when present, otherwise
-- vim.lsp.start_client + vim.lsp.buf_attach_client.

local repo = assert(os.getenv('COPYDESK_REPO'), 'COPYDESK_REPO is not set')
local file = assert(os.getenv('COPYDESK_FILE'), 'COPYDESK_FILE is not set')
local out = assert(os.getenv('COPYDESK_OUT'), 'COPYDESK_OUT is not set')
local timeout = tonumber(os.getenv('COPYDESK_TIMEOUT') or '10000')
local server = os.getenv('COPYDESK_SERVER') or (repo .. '/dist/server.js')
local expected = {}
for id in string.gmatch(os.getenv('COPYDESK_EXPECT') or '', '[^,]+') do
  expected[id] = true
end

local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, diagnostics = {}, errors = {} }

local function finish(code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do
    client.stop()
  end
  vim.cmd((code == 0) and 'qa!' or ('cquit ' .. code))
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'press-release'

  local config = {
    name = 'copydesk',
    cmd = { 'node', server, '--stdio' },
    root_dir = repo,
    settings = { copydesk = { enable = true } },
    on_exit = function(code, signal)
      if code ~= 0 then
        table.insert(result.errors, 'server exited with code ' .. tostring(code) .. ' signal ' .. tostring(signal))
      end
    end,
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = vim.lsp.start_client(config)
    if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  end
  if not client_id then error('could not start the language server') end

  local function copydesk_diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.source == 'copydesk' then table.insert(list, d) end
    end
    return list
  end

  -- Done when every expected rule has reported (or, with none given, when any diagnostic arrives).
  local function done()
    local list = copydesk_diagnostics()
    if next(expected) == nil then return #list > 0 end
    local seen = {}
    for _, d in ipairs(list) do seen[d.code] = true end
    for id in pairs(expected) do
      if not seen[id] then return false end
    end
    return true
  end

  local arrived = vim.wait(timeout, done, 50)
  for _, d in ipairs(copydesk_diagnostics()) do
    table.insert(result.diagnostics, {
      code = d.code,
      source = d.source,
      message = d.message,
      severity = d.severity,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
    })
  end
  result.timed_out = not arrived
  local client = vim.lsp.get_client_by_id(client_id)
  result.server = client and client.server_capabilities and { hover = client.server_capabilities.hoverProvider } or vim.NIL
end)

if not ok then table.insert(result.errors, tostring(err)) end
finish(ok and 0 or 1)
