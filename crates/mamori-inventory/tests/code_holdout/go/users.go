package users

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

var ErrBadPassword = errors.New("users: bad password")

type Store interface {
	PasswordHash(email string) ([]byte, error)
}

func HashPassword(pw string) ([]byte, error) {
	return bcrypt.GenerateFromPassword([]byte(pw), 12)
}

func Check(s Store, email, pw string) error {
	h, err := s.PasswordHash(email)
	if err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword(h, []byte(pw)) != nil {
		return ErrBadPassword
	}
	return nil
}
