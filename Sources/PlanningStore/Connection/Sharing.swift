import Foundation
import PlanningCore

/// A database several staff accounts of one group work on: its folder is the group's (setgid, so
/// what is made there takes the group) and its files are readable and writable by the group.
/// Elsewhere a database and its backups are their owner's alone, because they hold phone numbers.
public enum SharedFolder {
    /// A folder `share` set up: its group may write it and new files in it take its group.
    public static func isShared(_ folder: String) -> Bool {
        var st = stat()
        guard stat(folder.isEmpty ? "." : folder, &st) == 0 else { return false }
        return st.st_mode & S_ISGID != 0 && st.st_mode & 0o070 == 0o070
    }

    /// How a database or backup made in `folder` is opened: the group's too in a shared folder.
    /// SQLite gives the `-wal` and `-shm` files the database file's own permissions.
    public static func fileMode(in folder: String) -> mode_t { isShared(folder) ? 0o660 : 0o600 }

    /// Creates `path` (which must not exist) with `fileMode(in:)`, whatever the umask, which would
    /// take the group's write away.
    static func create(_ path: String) -> Int32 {
        let mode = fileMode(in: (path as NSString).deletingLastPathComponent)
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, mode)
        if fd >= 0 { fchmod(fd, mode) }
        return fd
    }
}

/// Why a database cannot be shared, in the reader's language.
public struct ShareError: Error, Equatable, Explained, CustomStringConvertible {
    public var phrase: ShareWords
    public var arguments: [String]
    init(_ phrase: ShareWords, _ arguments: String...) {
        self.phrase = phrase
        self.arguments = arguments
    }

    public func text(_ lang: Language) -> String { phrase.text(lang, arguments: arguments) }
    public var description: String { text(.en) }
}

/// What `share` and `whoami` say.
public enum ShareWords: String, Phrasebook {
    case noSuchGroup, notMember, notOwner, notOwnFolder, cannotChange, shared, unreachable, badName, nameSet

    public static let tables: [Language: [ShareWords: String]] = [
        .en: [
            .noSuchGroup: "there is no group \"%1\" on this machine: an administrator makes one (groupadd %1) and "
                + "adds each colleague to it (usermod -aG %1 NAME)",
            .notMember: "%1 is not a member of group %2: an administrator adds you (usermod -aG %2 %1); log in "
                + "again afterwards",
            .notOwner: "%1 belongs to %2: only its owner (or root) can share it",
            .notOwnFolder: "%1 is in %2, which is not a folder of its own (a home folder, or one open to "
                + "everyone): move it into a folder for the event's database alone, and share it there",
            .cannotChange: "cannot give %1 to group %2: %3",
            .shared: "shared %1 with group %2: the database, its -wal/-shm files, its backups and its folder %3 "
                + "are readable and writable by the group, and so is what confplan makes there later; exports "
                + "and lists with phones stay readable by their owner only",
            .unreachable: "note: members of %1 cannot reach %2 yet: %3 is closed to them (chmod o+x %3, or move "
                + "the database)",
            .badName: "whoami: a name is one line of at most %1 characters, with no control characters",
            .nameSet: "changes are now recorded as %1 (kept in %2)",
        ],
        .zh: [
            .noSuchGroup: "本机没有用户组“%1”：请管理员新建（groupadd %1），并把每位同事加入（usermod -aG %1 用户名）",
            .notMember: "%1 不在用户组 %2 里：请管理员把你加入（usermod -aG %2 %1），然后重新登录",
            .notOwner: "%1 属于 %2：只有它的所有者（或 root）可以共享它",
            .notOwnFolder: "%1 所在的 %2 不是它专用的文件夹（是个人主目录，或人人可写）：请把它移到只放本次会议"
                + "数据库的文件夹里，再在那里共享",
            .cannotChange: "无法把 %1 交给用户组 %2：%3",
            .shared: "已与用户组 %2 共享 %1：数据库、它的 -wal/-shm 文件、备份和所在文件夹 %3 组内成员都可读写，"
                + "confplan 以后在那里新建的文件也一样；含手机号的导出和名单仍只有所有者本人可读",
            .unreachable: "注意：用户组 %1 的成员还进不了 %2：%3 不对他们开放（chmod o+x %3，或把数据库移走）",
            .badName: "whoami：名字只能是一行，最多 %1 个字，不含控制字符",
            .nameSet: "以后的修改记录在“%1”名下（保存在 %2）",
        ],
    ]
}

extension Store {
    /// What `share` changed: `unreachable` is a folder above the database that members of the
    /// group cannot pass through, so sharing alone does not yet let them in.
    public struct Shared: Equatable, Sendable {
        public var path: String
        public var folder: String
        public var group: String
        public var unreachable: String?
    }

    /// Gives the database at `path` (made when missing), its `-wal`/`-shm`, its backups and its
    /// folder to `group`, readable and writable by it, the folder setgid so what SQLite and
    /// confplan make there later takes the group. Only the owner of the file and folder (or root),
    /// being a member of the group, may; nothing is changed otherwise.
    public static func share(path: String, group: String) throws -> Shared {
        guard let entry = getgrnam(group) else { throw ShareError(.noSuchGroup, group) }
        let gid = entry.pointee.gr_gid
        let me = geteuid()
        let myName = accountName(me)
        if me != 0 && !memberOf(gid) { throw ShareError(.notMember, myName, group) }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty
            ? FileManager.default.currentDirectoryPath : (path as NSString).deletingLastPathComponent
        // Refused before anything is made or changed, so a refusal leaves things as they were.
        for needed in [path, folder] {
            if me != 0, let owner = ownerOf(needed), owner != me {
                throw ShareError(.notOwner, needed, accountName(owner))
            }
        }
        if FileManager.default.fileExists(atPath: folder) && !isOwnFolder(folder) {
            throw ShareError(.notOwnFolder, path, folder)
        }
        // Opening checks that it is a confplan database (and makes a missing one).
        _ = try Store(path: path, create: true)
        if !isOwnFolder(folder) { throw ShareError(.notOwnFolder, path, folder) }
        let base = (path as NSString).lastPathComponent
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { name in
            ["-wal", "-shm", "-journal"].contains { name == base + $0 }
                || name.hasPrefix(base + ".") && name.hasSuffix(".backup")
        }.sorted()
        let files = [path] + beside.map { folder + "/" + $0 }
        for (file, mode) in files.map({ ($0, mode_t(0o660)) }) + [(folder, mode_t(0o2770))] {
            var st = stat()
            // A colleague's -shm or backup from an earlier share is the group's already (and not ours to change).
            if stat(file, &st) == 0 && st.st_gid == gid && st.st_mode & 0o7777 == mode { continue }
            // chown before chmod: giving a file to a group clears its setgid bit.
            guard chown(file, uid_t.max, gid) == 0, chmod(file, mode) == 0 else {
                throw ShareError(.cannotChange, file, group, String(cString: strerror(errno)))
            }
        }
        return Shared(path: path, folder: folder, group: group, unreachable: closedAncestor(of: folder, to: gid))
    }

    private static func accountName(_ uid: uid_t) -> String {
        getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(uid)"
    }

    /// Nil for a file that is not there yet (or that cannot be seen: opening it then says why).
    private static func ownerOf(_ path: String) -> uid_t? {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_uid : nil
    }

    /// The kernel's own test for giving a file to a group: this process's groups, as of login.
    private static func memberOf(_ gid: gid_t) -> Bool {
        if getegid() == gid { return true }
        let n = getgroups(0, nil)
        guard n > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(n))
        let got = getgroups(n, &groups)
        return groups.prefix(Int(max(got, 0))).contains(gid)
    }

    /// Not a home folder, nor a folder everyone may write (`/tmp`): the folder is given to the
    /// group whole, so it must hold the event's database alone.
    private static func isOwnFolder(_ folder: String) -> Bool {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        var st = stat()
        guard stat(real, &st) == 0 else { return false }
        if st.st_mode & S_ISVTX != 0 || st.st_mode & 0o002 != 0 || real == "/" { return false }
        var homes = [NSHomeDirectory()]
        if let env = ProcessInfo.processInfo.environment["HOME"] { homes.append(env) }
        if let pw = getpwuid(geteuid()) { homes.append(String(cString: pw.pointee.pw_dir)) }
        return !homes.contains { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path == real }
    }

    /// The first folder above `folder` that members of the group cannot pass through.
    private static func closedAncestor(of folder: String, to gid: gid_t) -> String? {
        var dir = URL(fileURLWithPath: folder).resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            var st = stat()
            if stat(dir.path, &st) == 0 {
                let open = st.st_mode & 0o001 != 0 || (st.st_gid == gid && st.st_mode & 0o010 != 0)
                if !open { return dir.path }
            }
            if dir.path == "/" { return nil }
            dir = dir.deletingLastPathComponent()
        }
    }
}
