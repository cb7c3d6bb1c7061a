-- Runs inside headless Neovim (0.7 or newer): starts the Sora language server over stdio, opens a
-- file, and writes what the editor received (diagnostics, completion labels, hover text) as JSON.
-- env: SORA_SERVER (path of dist/server.js), SORA_FILE, SORA_COMPLETE_AT and SORA_HOVER_AT
-- ("line,character", 0-based), SORA_OUT (result file).
local function position(name)
  local line, character = os.getenv(name):match('(%d+),(%d+)')
  return { line = tonumber(line), character = tonumber(character) }
end

local result = { ok = false }
local function finish(code)
  local file = io.open(os.getenv('SORA_OUT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  os.exit(code)
end

local deadline = 15000
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('SORA_FILE')))
local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local published
local client_id = vim.lsp.start_client({
  name = 'sora',
  cmd = { 'node', os.getenv('SORA_SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(os.getenv('SORA_FILE'), ':h'),
  settings = { sora = { defaultModel = 'sora-2' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(_, params)
      if params and params.uri == uri then published = params end
    end,
  },
})
if not client_id then
  result.error = 'the server did not start'
  finish(2)
end
vim.lsp.buf_attach_client(bufnr, client_id)
if not vim.wait(deadline, function() return published ~= nil end, 20) then
  result.error = 'no diagnostics within the deadline'
  finish(2)
end
result.diagnostics = published.diagnostics

local client = vim.lsp.get_client_by_id(client_id)
local completion = client.request_sync('textDocument/completion', { textDocument = { uri = uri }, position = position('SORA_COMPLETE_AT') }, deadline, bufnr)
local items = (completion and completion.result) or {}
if items.items then items = items.items end
result.completion = {}
for _, item in ipairs(items) do table.insert(result.completion, item.label) end

local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = position('SORA_HOVER_AT') }, deadline, bufnr)
result.hover = hover and hover.result and hover.result.contents and hover.result.contents.value or vim.NIL
result.server = client.server_info
result.ok = true
client.stop()
vim.wait(2000, function() return client.is_stopped() end, 20)
finish(0)
