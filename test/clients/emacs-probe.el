;;; emacs-probe.el --- run by test/clients/run.mjs in `emacs --batch -Q`  -*- lexical-binding: t -*-
;; Starts the Sora language server through eglot, configured exactly as the README's Emacs section
;; says, opens a file, and writes what Emacs received (diagnostics, completion labels, hover text)
;; as JSON. Environment: SORA_SERVER (path of dist/server.js), SORA_FILE, SORA_COMPLETE_AT and
;; SORA_HOVER_AT ("line,character", 0-based), SORA_OUT (result file).
(require 'package)
;; Debian's elpa-eglot lives in the system package directory, which `-Q' leaves out.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'cl-lib)
(require 'json)
(require 'eglot)

;; The README's configuration, with the server's path from the environment.
(define-derived-mode sora-mode text-mode "Sora")
(add-to-list 'auto-mode-alist '("\\.sora\\'" . sora-mode))
(add-to-list 'eglot-server-programs `(sora-mode . ("node" ,(getenv "SORA_SERVER") "--stdio")))

(defvar sora-probe-result (list (cons 'ok :json-false)))
(defvar sora-probe-diagnostics nil)

(defun sora-probe-finish (code)
  (with-temp-file (getenv "SORA_OUT") (insert (json-encode sora-probe-result)))
  (kill-emacs code))

(defun sora-probe-position (name)
  (let ((parts (split-string (getenv name) ",")))
    (list :line (string-to-number (car parts)) :character (string-to-number (cadr parts)))))

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key diagnostics &allow-other-keys)
  (setq sora-probe-diagnostics diagnostics))

(condition-case err
    (progn
      ;; Any folder will do as the project: the server needs no workspace.
      (setq project-find-functions (list (lambda (dir) (cons 'transient dir))))
      (find-file (getenv "SORA_FILE"))
      (unless (eq major-mode 'sora-mode) (error "the file did not open in sora-mode"))
      (apply #'eglot (eglot--guess-contact))
      (let ((waited 0))
        (while (and (not sora-probe-diagnostics) (< waited 300))
          (accept-process-output nil 0.05)
          (setq waited (1+ waited))))
      (unless sora-probe-diagnostics (error "no diagnostics within the deadline"))
      (let* ((server (eglot-current-server))
             (document (list :uri (eglot--path-to-uri (buffer-file-name))))
             (completion (jsonrpc-request server :textDocument/completion
                                          (list :textDocument document :position (sora-probe-position "SORA_COMPLETE_AT"))))
             (items (if (vectorp completion) completion (plist-get completion :items)))
             (hover (jsonrpc-request server :textDocument/hover
                                     (list :textDocument document :position (sora-probe-position "SORA_HOVER_AT")))))
        (setq sora-probe-result
              (list (cons 'ok t)
                    (cons 'emacs emacs-version)
                    (cons 'diagnostics
                          (vconcat (mapcar (lambda (d)
                                             (let ((range (plist-get d :range)))
                                               (list (cons 'code (plist-get d :code))
                                                     (cons 'range (list (cons 'start (plist-get range :start))
                                                                        (cons 'end (plist-get range :end)))))))
                                           sora-probe-diagnostics)))
                    (cons 'completion (vconcat (mapcar (lambda (item) (plist-get item :label)) items)))
                    (cons 'hover (plist-get (plist-get hover :contents) :value))))
        (eglot-shutdown server))
      (sora-probe-finish 0))
  (error
   (setq sora-probe-result (list (cons 'ok :json-false) (cons 'error (error-message-string err))))
   (sora-probe-finish 2)))
