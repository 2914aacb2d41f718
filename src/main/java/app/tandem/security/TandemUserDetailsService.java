package app.tandem.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TandemUserDetailsService implements UserDetailsService {

    private final CounselorRepository counselors;

    TandemUserDetailsService(CounselorRepository counselors) {
        this.counselors = counselors;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return counselors.findByEmail(Counselor.normaliseEmail(username))
                .map(TandemUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
