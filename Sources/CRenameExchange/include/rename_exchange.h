#ifndef PLANCTL_RENAME_EXCHANGE_H
#define PLANCTL_RENAME_EXCHANGE_H

/// Swaps two existing paths in one atomic step (Linux renameat2 with
/// RENAME_EXCHANGE). Returns 0, or -1 with errno set (ENOSYS or EINVAL where
/// the kernel or file system cannot exchange).
int planctl_rename_exchange(const char *from, const char *to);

#endif
